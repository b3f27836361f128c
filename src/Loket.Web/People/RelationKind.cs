namespace Loket.Web.People;

public enum RelationKind
{
    Partner,
    Family,
    Friend,
}

/// <summary>How a relation came into the register.</summary>
public enum RelationSource
{
    /// <summary>From a people import (a file of HR's system), on the web page or the command line.</summary>
    Import,

    /// <summary>An approved relationship declaration (opgave van een privérelatie).</summary>
    Declaration,

    /// <summary>Recorded by an HR adviser.</summary>
    Hr,

    /// <summary>Recorded by the integrity officer.</summary>
    Officer,
}

/// <summary>The Dutch words for the register's kinds and sources, and the import's column values.</summary>
public static class RelationWords
{
    public static string Dutch(this RelationKind kind) => kind switch
    {
        RelationKind.Partner => "Partner",
        RelationKind.Family => "Familie",
        RelationKind.Friend => "Vriendschap",
        _ => kind.ToString(),
    };

    public static string Dutch(this RelationSource source) => source switch
    {
        RelationSource.Import => "Import",
        RelationSource.Declaration => "Opgave van de medewerker",
        RelationSource.Hr => "Vastgelegd door HR",
        RelationSource.Officer => "Vastgelegd door de integriteitscoördinator",
        _ => source.ToString(),
    };

    /// <summary>A kind as an import file or a form writes it: partner, familie, vriendschap (or the code name).</summary>
    public static RelationKind? ParseKind(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "partner" => RelationKind.Partner,
        "familie" or "family" or "familielid" => RelationKind.Family,
        "vriendschap" or "vriend" or "friend" => RelationKind.Friend,
        _ => null,
    };
}
