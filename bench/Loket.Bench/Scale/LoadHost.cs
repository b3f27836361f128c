using System.Net;
using Loket.Web;
using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Loket.Bench.Scale;

/// <summary>
/// The product as src/Loket.Web/Program.cs builds it (the same four calls, in the same order) on a
/// Kestrel port of 127.0.0.1, plus the one bench-only endpoint. Production environment, plain HTTP
/// (loopback counts as a secure context, as in the embedded default).
/// </summary>
internal static class LoadHost
{
    public static async Task<(WebApplication App, Uri Address)> StartAsync(ScaleOptions options)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // Razor Pages are discovered from the application's assembly: that is Loket.Web, not the bench.
            ApplicationName = typeof(LoketWeb).Assembly.GetName().Name,
            EnvironmentName = "Production",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(BenchSettings.For(options));
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));

        builder.Services.AddLoketCore(builder.Configuration);
        builder.AddLoketWeb();
        var app = builder.Build();
        await app.Services.PrepareDatabaseAsync(app.Configuration);
        app.UseLoketPipeline();
        app.MapLoketEndpoints();
        app.MapBareInsert(await BareInsertEndpoint.TargetAsync(app.Services));

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return (app, new Uri(address));
    }

    public static async Task<long> CountDeclarationsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LoketDbContext>().Declarations.IgnoreQueryFilters().LongCountAsync();
    }
}
