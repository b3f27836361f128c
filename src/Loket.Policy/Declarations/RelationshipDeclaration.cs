namespace Loket.Policy;

/// <summary>A family, friendship or love relationship that touches the work.</summary>
public sealed record RelationshipDeclaration : Declaration
{
    public override DeclarationType Type => DeclarationType.Relationship;

    public bool? WithColleague { get; init; }

    public bool? WithExternalRelation { get; init; }

    /// <summary>One of the two manages the other.</summary>
    public bool? Hierarchical { get; init; }

    /// <summary>The two assess, check or approve each other's work.</summary>
    public bool? AssessEachOthersWork { get; init; }

    /// <summary>An application, quote or permit of this person would land on your desk.</summary>
    public bool? HandlesTheirMatter { get; init; }

    /// <summary>The relationship creates an integrity risk.</summary>
    public bool? IntegrityRisk { get; init; }

    internal override void WriteCodes(Span<byte> codes, CompiledParameters parameters)
    {
        codes[0] = Flag(WithColleague);
        codes[1] = Flag(WithExternalRelation);
        codes[2] = Flag(Hierarchical);
        codes[3] = Flag(AssessEachOthersWork);
        codes[4] = Flag(HandlesTheirMatter);
        codes[5] = Flag(IntegrityRisk);
    }
}
