namespace Loket.Web.Onboarding;

/// <summary>One thing a new person's checklist asks, by when, on whose word (the article), and whether it is done.</summary>
public sealed class ChecklistItem
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ItemKind Kind { get; private set; }

    public DateOnly DueOn { get; private set; }

    /// <summary>Why it is on the list: the code's article, or the functions map.</summary>
    public string Citation { get; private set; } = string.Empty;

    public DateOnly? DoneOn { get; private set; }

    /// <summary>Who did it or recorded it, by name as shown (a trainer, HR, the person).</summary>
    public string? DoneBy { get; private set; }

    public DateTimeOffset? ReminderSentAt { get; private set; }

    public DateTimeOffset? EscalatedAt { get; private set; }

    public bool IsDone => DoneOn is not null;

    public bool IsOverdueOn(DateOnly today) => !IsDone && today > DueOn;

    internal static ChecklistItem Due(ItemKind kind, DateOnly dueOn, string citation) => new() { Kind = kind, DueOn = dueOn, Citation = citation };

    internal void Done(DateOnly on, string by) => (DoneOn, DoneBy) = (on, by);

    internal void MarkReminded(DateTimeOffset at) => ReminderSentAt = at;

    internal void MarkEscalated(DateTimeOffset at) => EscalatedAt = at;
}
