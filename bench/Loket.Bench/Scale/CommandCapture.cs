using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Loket.Bench.Scale;

/// <summary>One statement as EF sent it: its text and its parameters' values.</summary>
internal sealed record CapturedCommand(string Text, IReadOnlyList<(string Name, object? Value, System.Data.Common.DbParameter Original)> Parameters);

/// <summary>
/// The statements the app's EF contexts send while capturing is on, read from EF's DiagnosticSource events
/// in this process (the bench hosts the app): the product needs no hook, and what is captured is exactly
/// the SQL and the values a request sent, so the plan probe explains what really runs.
/// </summary>
internal sealed class CommandCapture : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly ConcurrentQueue<CapturedCommand> commands = new();
    private readonly List<IDisposable> subscriptions = [];
    private volatile bool capturing;

    public CommandCapture() => subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    /// <summary>Every statement sent while <paramref name="work"/> runs (nothing else may run meanwhile).</summary>
    public async Task<List<CapturedCommand>> DuringAsync(Func<Task> work)
    {
        commands.Clear();
        capturing = true;
        try
        {
            await work();
        }
        finally
        {
            capturing = false;
        }

        return [.. commands];
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (subscriptions)
            {
                subscriptions.Add(value.Subscribe(this, name => name == RelationalEventId.CommandExecuting.Name));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (capturing && value.Value is CommandEventData { Command: { } command })
        {
            commands.Enqueue(new CapturedCommand(command.CommandText,
                [.. command.Parameters.Cast<System.Data.Common.DbParameter>().Select(p => (p.ParameterName, p.Value is DBNull ? null : p.Value, p))]));
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (subscriptions)
        {
            subscriptions.ForEach(s => s.Dispose());
        }
    }
}
