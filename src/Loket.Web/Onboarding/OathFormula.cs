using Loket.Web.Infrastructure.Domain;
using Loket.Web.Infrastructure.Tenancy;

namespace Loket.Web.Onboarding;

/// <summary>
/// An oath formula the municipality uses, with its source. The law requires a formula from the bijlage of the
/// Uitvoeringsbesluit Ambtenarenwet 2017 (Ambtenarenwet 2017 art. 7; amended Stb. 2020, 384 and Stb. 2024, 421),
/// its own or another employer's; so no formula exists without the Staatsblad and heading it comes from.
/// </summary>
public sealed class OathFormula : ITenantOwned
{
    public const int TitleLength = 200;
    public const int TextLength = 4000;
    public const int SourceLength = 300;

    private OathFormula()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public string Title { get; private set; } = string.Empty;

    public string Text { get; private set; } = string.Empty;

    /// <summary>For example "Uitvoeringsbesluit Ambtenarenwet 2017, bijlage, onderdeel Gemeente Leiden (Stb. 2020, 384)".</summary>
    public string Source { get; private set; } = string.Empty;

    public DateTimeOffset AddedAt { get; private set; }

    public Guid? AddedBy { get; private set; }

    public static Outcome<OathFormula> Register(Guid tenantId, string? title, string? text, string? source, Guid? by, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return new Missing("de naam van de formule");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return new Missing("de tekst van de formule");
        }

        if (string.IsNullOrWhiteSpace(source))
        {
            return new FormulaWithoutSource();
        }

        if (title.Trim().Length > TitleLength || text.Trim().Length > TextLength || source.Trim().Length > SourceLength)
        {
            return new FormulaTooLong();
        }

        return new OathFormula { TenantId = tenantId, Title = title.Trim(), Text = text.Trim(), Source = source.Trim(), AddedBy = by, AddedAt = now };
    }
}

public sealed record FormulaTooLong() : Refusal($"De naam is hoogstens {OathFormula.TitleLength}, de tekst {OathFormula.TextLength} en de bron {OathFormula.SourceLength} tekens.");
