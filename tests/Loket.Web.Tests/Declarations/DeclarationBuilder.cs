using Loket.Policy;
using Loket.Web.Declarations;

namespace Loket.Web.Tests.Declarations;

/// <summary>
/// Builds a filed declaration through <see cref="EmployeeDeclaration.Submit"/>, the one factory, so a test
/// needs no page, demo login or database to start from a declaration in a given state.
/// </summary>
internal sealed record DeclarationBuilder
{
    public Guid TenantId { get; init; }

    public Guid EmployeeId { get; init; } = Guid.NewGuid();

    public DeclarationType Type { get; init; } = DeclarationType.Gift;

    public string Answers { get; init; } = "{\"type\":\"gift\"}";

    public DeclarationDescription Description { get; init; } = new("Fles wijn");

    public Verdict Verdict { get; init; } = Verdict.Groen;

    /// <summary>Who it was routed to; null sends it to the integrity officers.</summary>
    public Guid? DeciderId { get; init; } = Guid.NewGuid();

    public DateTimeOffset SubmittedAt { get; init; } = DateTimeOffset.UnixEpoch;

    public EmployeeDeclaration? Previous { get; init; }

    public static DeclarationBuilder SideActivity() => new()
    {
        Type = DeclarationType.SideActivity,
        Answers = "{\"type\":\"side-activity\",\"paid\":false}",
        Description = new("Penningmeester van de voetbalclub", "VV De Bal", "Penningmeester", new DateOnly(2026, 1, 1)),
    };

    public Submission Submission => new(TenantId, EmployeeId, Type, Answers, Description, Verdict, "test",
        new DeclarationRouting.Route(DeciderId, "test", "test"))
    { Previous = Previous };

    public EmployeeDeclaration Build()
    {
        var filed = EmployeeDeclaration.Submit(Submission, SubmittedAt);
        return filed.Value ?? throw new InvalidOperationException($"The builder's declaration was refused: {filed.Refusal}");
    }
}
