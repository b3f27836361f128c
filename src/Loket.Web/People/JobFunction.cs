using Loket.Web.Infrastructure.Tenancy;

namespace Loket.Web.People;

/// <summary>
/// A function (functie) and its place on the functions map: a risk profile on Justis' eight areas, the two
/// designations of the Ambtenarenwet, the mitigations and when the map is looked at again. The profile
/// decides the duties of whoever holds the function (<see cref="FunctionDuties"/>); HR and the integrity
/// officer change it on /beheer/functies, which shows whom a change touches before it is saved.
/// </summary>
public sealed class JobFunction : ITenantOwned
{
    public const int MitigationNoteLength = 300;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>Aangewezen functie: must report financial interests (Ambtenarenwet 2017 art. 5 lid 1 d).</summary>
    public bool DesignatedForFinancialInterests { get; set; }

    /// <summary>
    /// Side activities of the holder are published (Ambtenarenwet 2017 art. 5 lid 1 c: the higher functions,
    /// gemeentesecretaris and directors). The column keeps its first name; the map calls it "publish side activities".
    /// </summary>
    public bool TopOfficial { get; set; }

    public RiskProfile RiskProfile { get; set; } = RiskProfile.None;

    /// <summary>Functieroulatie: holders rotate after some years (motie Kamp 1996, instruments.md §2.4).</summary>
    public bool Rotation { get; set; }

    /// <summary>Vier-ogenprincipe: no holder checks their own work ('s-Hertogenbosch 7.1).</summary>
    public bool FourEyes { get; set; }

    /// <summary>Other measures in the map's own words.</summary>
    public string? MitigationNote { get; set; }

    /// <summary>When HR and the integrity officer look at this function's profile again; null until first mapped.</summary>
    public DateOnly? ReviewOn { get; set; }
}
