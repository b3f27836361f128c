using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Loket.Web.Infrastructure.Audit;

/// <summary>
/// The one definition of an entry's hash, shared by the writer and the verifier. Since version
/// <see cref="Keyed"/> it is an HMAC-SHA256 under a key derived from the key file, so someone who can
/// write to the database but lacks the key file cannot recompute the chain after changing a row.
/// Entries of <see cref="Legacy"/> (plain SHA-256) were written before that switch; the verifier
/// accepts them only before a chain's first keyed entry.
/// </summary>
public static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public const int Legacy = 1;

    public const int Keyed = 2;

    /// <summary>The purpose under which the chain key is derived from the key file.</summary>
    public const string KeyPurpose = "audit-chain";

    public static string Compute(AuditEntry e, byte[] chainKey)
    {
        // Unit separators keep fields from running into each other ("ab"+"c" != "a"+"bc").
        var fields = new List<string>
        {
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.PreviousHash,
            e.At.UtcTicks.ToString(CultureInfo.InvariantCulture),
            e.TenantId?.ToString("N") ?? "-",
            e.ActorUserId?.ToString("N") ?? "-",
            e.ActorName,
            e.Action,
            e.Entity,
            e.EntityId,
            e.Summary,
        };
        if (e.HashVersion == Legacy)
        {
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', fields))));
        }

        // The version and the chain are covered too: neither can be changed to pass for a legacy or another chain's entry.
        fields.Insert(0, e.HashVersion.ToString(CultureInfo.InvariantCulture));
        fields.Insert(1, e.Chain.ToString("N"));
        return Convert.ToHexStringLower(HMACSHA256.HashData(chainKey, Encoding.UTF8.GetBytes(string.Join('\u001f', fields))));
    }
}
