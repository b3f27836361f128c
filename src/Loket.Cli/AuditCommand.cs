using System.CommandLine;
using Loket.Web.Infrastructure.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Loket.Cli;

/// <summary>`loket audit verify`: recomputes every hash chain (each municipality's and the installation's); exit 0 when intact, 1 on a break.</summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var verify = new Command("verify", "Controleert of de audittrail ongeschonden is");
        verify.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliHost.Create();
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(cancellationToken: cancellationToken);
            await (result.IsIntact ? parse.InvocationConfiguration.Output : parse.InvocationConfiguration.Error).WriteLineAsync(result.Message);
            return result.IsIntact ? 0 : 1;
        });
        return new Command("audit", "Audittrail") { verify };
    }
}
