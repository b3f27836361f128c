using System.CommandLine;
using Loket.Web.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Loket.Cli;

/// <summary>
/// `loket audit verify`: recomputes every keyed hash chain (each municipality's and the installation's)
/// and compares each with its last anchor outside the database; exit 0 when intact, 1 on a break.
/// `loket audit anchor` does the same for a schedule, and fails (exit 1) also when it could not write
/// the anchor. Both append each chain's head to the anchor file (Audit:AnchorFile).
/// </summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var verify = new Command("verify", "Controleert of de audittrail ongeschonden is en legt de koppen vast buiten de database");
        verify.SetAction((parse, cancellationToken) => RunAsync(parse, requireAnchor: false, cancellationToken));
        var anchor = new Command("anchor", "Legt de kop van elke keten vast in het ankerbestand (na controle)");
        anchor.SetAction((parse, cancellationToken) => RunAsync(parse, requireAnchor: true, cancellationToken));
        return new Command("audit", "Audittrail") { verify, anchor };
    }

    private static async Task<int> RunAsync(ParseResult parse, bool requireAnchor, CancellationToken cancellationToken)
    {
        await using var services = CliHost.Create();
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(cancellationToken: cancellationToken);
        var ok = result.IsIntact && (result.AnchorWritten || !requireAnchor);
        await (ok ? parse.InvocationConfiguration.Output : parse.InvocationConfiguration.Error).WriteLineAsync(result.Message);
        return ok ? 0 : 1;
    }
}
