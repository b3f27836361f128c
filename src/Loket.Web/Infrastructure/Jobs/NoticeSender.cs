using System.Threading.Channels;

namespace Loket.Web.Infrastructure.Jobs;

/// <summary>
/// Sends the notices a request committed, right after the commit but outside the request: the page
/// hands over the ids it queued (<see cref="JobNotifications.HandOver"/>) and answers at once; this one
/// loop sends whatever was handed over since its last pass, over one mail connection. A submit therefore
/// never waits for the mail server, and under load many notices share one claim, one connection and one
/// save instead of each request paying for its own. What this loop cannot send (a crash, the server down)
/// stays in the outbox for the next job run, as before.
/// </summary>
public sealed class NoticeSender(IServiceScopeFactory scopes, ILogger<NoticeSender> logger) : BackgroundService
{
    private readonly Channel<Guid> handedOver = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });
    private long received;
    private long handled;

    public void HandOver(IReadOnlyCollection<Guid> ids)
    {
        foreach (var id in ids)
        {
            Interlocked.Increment(ref received);
            handedOver.Writer.TryWrite(id);
        }
    }

    /// <summary>
    /// Completes once every id handed over before the call has had its attempt. For tests, which look in
    /// the mailbox right after a request, and for a shutdown that wants the last notices out.
    /// </summary>
    public async Task AttemptedAsync(TimeSpan timeout)
    {
        var target = Interlocked.Read(ref received);
        using var limit = new CancellationTokenSource(timeout);
        while (Interlocked.Read(ref handled) < target)
        {
            await Task.Delay(10, limit.Token);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Guid>(JobNotifications.MostPerPass);
        try
        {
            while (await handedOver.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < JobNotifications.MostPerPass && handedOver.Reader.TryRead(out var id))
                {
                    batch.Add(id);
                }

                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<JobNotifications>().SendAsync(batch, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The outbox keeps them; the next job run sends what waits.
                    logger.LogError(e, "Notices could not be sent after their request; they wait for the next job run");
                }

                Interlocked.Add(ref handled, batch.Count);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
