namespace Loket.Web.Declarations;

/// <summary>What the declaration form posts: free text plus one answer per policy field, keyed by its JSON name.</summary>
public sealed class DeclarationForm
{
    public string? Subject { get; set; }

    public string? Counterparty { get; set; }

    public string? Role { get; set; }

    public DateOnly? StartDate { get; set; }

    /// <summary>The colleague a relationship is with (the employee picker's id).</summary>
    public Guid? RelatedEmployeeId { get; set; }

    public People.RelationKind? RelationKind { get; set; }

    /// <summary>The employee says the own manager is involved (e.g. the gift came through them): route one level up.</summary>
    public bool ManagerInvolved { get; set; }

    /// <summary>The earlier version when this declares a change of a side activity.</summary>
    public Guid? PreviousVersionId { get; set; }

    public Dictionary<string, string?> Answers { get; set; } = [];

    /// <summary>Files already uploaded with this form (by a preview or a failed submission) that the employee keeps.</summary>
    public List<Guid> Attachments { get; set; } = [];
}
