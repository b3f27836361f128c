namespace Loket.Web.Infrastructure.Jobs;

/// <summary>
/// Work the clock triggers (reminders, escalations). A job must be idempotent: it decides from the
/// database and the injected TimeProvider what is due, and records what it did, so running it twice
/// or on two nodes at once sends nothing twice. Tests call <see cref="RunAsync"/> after moving the clock.
/// </summary>
public interface IScheduledJob
{
    string Name { get; }

    Task RunAsync(CancellationToken cancellationToken);
}
