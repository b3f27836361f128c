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

    /// <summary>The questions of this type, in the order rules see them: add a property and its line here, nothing else.</summary>
    public static IReadOnlyList<DeclarationField> Fields { get; } =
    [
        new FlagField<RelationshipDeclaration>("withColleague", "Is het een relatie met een collega?", d => d.WithColleague, (d, v) => d with { WithColleague = v }),
        new FlagField<RelationshipDeclaration>("withExternalRelation", "Is het een relatie met iemand van buiten die met de gemeente te maken heeft?", d => d.WithExternalRelation, (d, v) => d with { WithExternalRelation = v }),
        new FlagField<RelationshipDeclaration>("hierarchical", "Is een van jullie de leidinggevende van de ander?", d => d.Hierarchical, (d, v) => d with { Hierarchical = v }),
        new FlagField<RelationshipDeclaration>("assessEachOthersWork", "Beoordelen, controleren of keuren jullie elkaars werk goed?", d => d.AssessEachOthersWork, (d, v) => d with { AssessEachOthersWork = v }),
        new FlagField<RelationshipDeclaration>("handlesTheirMatter", "Komt een aanvraag, offerte of zaak van deze persoon bij jou terecht?", d => d.HandlesTheirMatter, (d, v) => d with { HandlesTheirMatter = v }),
        new FlagField<RelationshipDeclaration>("integrityRisk", "Levert de relatie een integriteitsrisico op?", d => d.IntegrityRisk, (d, v) => d with { IntegrityRisk = v }),
    ];
}
