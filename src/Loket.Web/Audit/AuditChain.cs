using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Loket.Web.Audit;

/// <summary>
/// Every municipality has its own chain, and the installation one more (<see cref="Installation"/>)
/// for what belongs to no municipality, such as a sign-in before one is chosen. Separate chains
/// mean one municipality's writes never queue behind another's, and each municipality's trail can
/// be verified and handed over on its own.
/// </summary>
/// <remarks>
/// Appending needs the chain's tail. This process remembers the tail it last wrote or read per
/// database and chain (<see cref="Tail"/>), so a save is one batch: no lock and no read first. The
/// key (chain, sequence) is what keeps the chain single: if another process (a second node, the
/// CLI) appended meanwhile, our insert collides with its entry, nothing of the save is written, and
/// the save is built again on the tail read from the database (<see cref="IsCollision"/>). A tail
/// row deleted behind our back is not papered over: the next entry leaves a gap that the verifier
/// reports.
/// </remarks>
internal static class AuditChain
{
    public static readonly Guid Installation = Guid.Empty;

    private static readonly ConcurrentDictionary<(string Database, Guid Chain), Tail> Tails = new();

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> SingleWriterGates = new();

    public static Guid Of(Guid? tenantId) => tenantId ?? Installation;

    /// <summary>
    /// The tail of one chain. With <paramref name="singleWriter"/> (SQLite: the database lets one
    /// writer in at a time) every chain of the database shares one gate, so this process's saves
    /// queue here instead of retrying on the database's busy lock, which measured long waits.
    /// </summary>
    public static Tail For(string database, Guid chain, bool singleWriter) => Tails.GetOrAdd((database, chain), key =>
        new Tail(key.Chain, singleWriter ? SingleWriterGates.GetOrAdd(key.Database, _ => new SemaphoreSlim(1, 1)) : new SemaphoreSlim(1, 1)));

    /// <summary>True when an insert failed because the chain already has an entry with that sequence.</summary>
    public static bool IsCollision(DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException postgres => postgres is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "PK_AuditEntries" },
        // SQLITE_CONSTRAINT_PRIMARYKEY names the key's columns, not the constraint.
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode == 1555 && sqlite.Message.Contains("AuditEntries.", StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>
    /// What this process knows of one chain's end. Saves in this process append to a chain one at a
    /// time (<see cref="Gate"/>), so the remembered tail is only ever stale because of another process.
    /// </summary>
    public sealed class Tail(Guid chain, SemaphoreSlim gate)
    {
        public Guid Chain { get; } = chain;

        /// <summary>Taken by a save that appends to this chain; possibly shared with other chains (see <see cref="For"/>).</summary>
        public SemaphoreSlim Gate { get; } = gate;

        /// <summary>False until read from the database, and again after any failed save.</summary>
        public bool Known { get; set; }

        public long Sequence { get; set; }

        public string Hash { get; set; } = AuditHash.Genesis;
    }
}
