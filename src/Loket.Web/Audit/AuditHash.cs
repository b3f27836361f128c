using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Loket.Web.Audit;

/// <summary>
/// The one definition of an entry's hash, shared by the writer and the verifier: an HMAC-SHA256 under
/// a key derived from the key file, so someone who can write to the database but lacks the key file
/// cannot recompute the chain after changing a row. The version (<see cref="Keyed"/>, the only one) is
/// hashed too, so a later format can be added without an entry passing for the other format.
/// </summary>
public static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public const int Keyed = 2;

    /// <summary>The purpose under which the chain key is derived from the key file.</summary>
    public const string KeyPurpose = "audit-chain";

    public static string Compute(AuditEntry e, byte[] chainKey)
    {
        // Unit separators keep fields from running into each other ("ab"+"c" != "a"+"bc").
        // The version and the chain are covered too: neither can be changed to pass for another format or chain.
        string[] fields =
        [
            e.HashVersion.ToString(CultureInfo.InvariantCulture),
            e.Chain.ToString("N"),
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
        ];
        return Convert.ToHexStringLower(HMACSHA256.HashData(chainKey, Encoding.UTF8.GetBytes(string.Join('\u001f', fields))));
    }
}
