using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Loket.Web.Infrastructure.Audit;

/// <summary>The one definition of an entry's hash, shared by the writer and the verifier.</summary>
public static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(AuditEntry e)
    {
        // Unit separators keep fields from running into each other ("ab"+"c" != "a"+"bc").
        var canonical = string.Join('\u001f',
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.PreviousHash,
            e.At.UtcTicks.ToString(CultureInfo.InvariantCulture),
            e.TenantId?.ToString("N") ?? "-",
            e.ActorUserId?.ToString("N") ?? "-",
            e.ActorName,
            e.Action,
            e.Entity,
            e.EntityId,
            e.Summary);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
