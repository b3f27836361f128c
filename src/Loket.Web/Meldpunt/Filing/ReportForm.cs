using System.ComponentModel.DataAnnotations;
using Loket.Web.Infrastructure.Time;
using Loket.Web.Meldpunt.Case;

namespace Loket.Web.Meldpunt.Filing;

/// <summary>The fields of a report, shared by the public form, the confidant's form and the officer's oral intake.</summary>
public sealed class ReportForm : IValidatableObject
{
    [Required(ErrorMessage = "Kies de gemeente waar het over gaat.")]
    public string? Municipality { get; set; }

    [Required(ErrorMessage = "Kies waar je melding over gaat.")]
    public ReportCategory? Category { get; set; }

    [Required(ErrorMessage = "Beschrijf wat je hebt gezien of meegemaakt.")]
    [StringLength(20_000, ErrorMessage = "Je beschrijving is langer dan 20.000 tekens. Kort haar in, of stuur de rest later als bericht.")]
    public string? Text { get; set; }

    [StringLength(2_000, ErrorMessage = "Noem hoogstens 2.000 tekens aan betrokkenen.")]
    public string? InvolvedNames { get; set; }

    /// <summary>People picked from the municipality's list (the search-as-you-type field or the "Zoeken" step).</summary>
    public List<Guid> Picked { get; set; } = [];

    /// <summary>What was typed in the picker's search field; only used to search, never stored.</summary>
    [StringLength(100, ErrorMessage = "Zoek met hoogstens 100 tekens.")]
    public string? Search { get; set; }

    /// <summary>Stamp of the names, picks and text the reporter was shown the matches for (see InvolvedStep).</summary>
    public string? Checked { get; set; }

    /// <summary>When it happened; a report is about the past, so never after today.</summary>
    [NotInFuture(ErrorMessage = "Deze datum ligt in de toekomst. Vul de dag in waarop het gebeurde, vandaag of eerder.")]
    public DateOnly? EventDate { get; set; }

    /// <summary>
    /// Only the categories the form offers: retaliation is reported from the inbox or the witness page,
    /// where it is linked to its case, never as a hand-made option here (it would jump the queue).
    /// </summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Category is { } category && (!Enum.IsDefined(category) || category == ReportCategory.Retaliation))
        {
            yield return new ValidationResult("Kies een onderwerp uit de lijst.", [nameof(Category)]);
        }
    }

    public NewReport ToNewReport(Guid tenantId, ReportChannel channel) =>
        new(tenantId, Category!.Value, channel, Text!, InvolvedNames, EventDate, Picked: Picked);
}
