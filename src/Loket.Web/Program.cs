using Loket.Web;

var builder = WebApplication.CreateBuilder(args);

// Everything the product needs, shared with the `loket` command line where it makes sense.
builder.Services.AddLoketCore(builder.Configuration);
builder.AddLoketWeb();

var app = builder.Build();

// First start creates and migrates the database and, in demo mode, loads the five municipalities.
// Without its key file the app does not start (it would make tags that match nothing): the reason, in Dutch, goes to the log first.
try
{
    await app.Services.PrepareDatabaseAsync(app.Configuration);
}
catch (Loket.Web.Infrastructure.Crypto.KeyFileException e)
{
    if (app.Logger.IsEnabled(LogLevel.Critical))
    {
        app.Logger.LogCritical("{Reason}", e.Message);
    }

    throw;
}

app.UseLoketPipeline();
app.MapLoketEndpoints();

await app.RunAsync();

/// <summary>Entry point; public so the integration tests can host the app.</summary>
public partial class Program;
