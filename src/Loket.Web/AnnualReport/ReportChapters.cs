using Loket.Policy;
using Loket.Web.Meldpunt.Case;
using Loket.Web.Onboarding;

namespace Loket.Web.AnnualReport;

/// <summary>The chapters around the tables: the introduction, the key figures, onboarding, the method.</summary>
internal static class ReportChapters
{
    public static CountedSection Introduction(string municipality, int year, string? code) => new("inleiding", "Inleiding en kader",
        $"Elke overheidswerkgever legt jaarlijks verantwoording af over het gevoerde integriteitsbeleid (Ambtenarenwet 2017 art. 4 lid 4). "
        + $"Dit is het integriteitsjaarverslag {year} van {municipality}. De integriteitscoördinator stelt het op voor de algemeen directeur, "
        + "die het aan het college en de ondernemingsraad voorlegt; de vertrouwenspersonen leveren hun cijfers zonder namen aan. "
        + (code is null ? "" : $"In {year} gold {code}. ")
        + "Elke tabel toont het jaar en de twee jaren ervoor.", []);

    public static CountedSection KeyFigures(CaseFigures cases, RegisterFigures registers, Tally<Meldpunt.Measures.MeasureKind> measures, ContactCounts contacts, OnboardingFigures onboarding)
    {
        var reports = Make.Years(y => Enum.GetValues<ReportChannel>().Sum(c => cases.ByChannel.Of(c)[y]));
        var closedOutcomes = Enum.GetValues<ClosureOutcome>().Select(o => new RowRef(Rows.Tables.ByOutcome, Dutch.Of(o))).ToArray();
        var substantiated = Make.PerYear(y => Make.Percentage(
            cases.ByOutcome.Of(ClosureOutcome.Substantiated)[y] + cases.ByOutcome.Of(ClosureOutcome.PartlySubstantiated)[y],
            Enum.GetValues<ClosureOutcome>().Sum(o => cases.ByOutcome.Of(o)[y])));
        var perHundred = Make.PerYear(y => registers.Employees[y] == 0 ? null : decimal.Round(100m * reports[y] / registers.Employees[y], 2));
        return new("kerncijfers", "Kerncijfers", null,
        [
            Make.Counts(Rows.Tables.KeyFigures, "Kerncijfers", "Kerncijfer",
            [
                Make.Row(Rows.Reports, reports),
                Make.Row(Rows.Investigations, cases.Handling.Of(Rows.Investigated)),
                Make.Derived(Rows.SubstantiatedShare, CellKind.Percentage, substantiated, closedOutcomes),
                Make.Row(Rows.MeasuresTaken, Make.Years(y => measures.Keys.Sum(k => measures.Of(k)[y]))),
                Make.Row(Rows.Contacts, Make.Years(y => contacts.Themes.Keys.Sum(k => contacts.Themes.Of(k)[y]))),
                Make.Row(Rows.SideActivitiesDeclared, registers.Declared(DeclarationType.SideActivity)),
                Make.Row(Rows.SideActivitiesEnded, registers.SideActivitiesEnded),
                Make.Row(Rows.GiftsDeclared, registers.Declared(DeclarationType.Gift)),
                Make.Row(Rows.Employees, registers.Employees),
                Make.Row(Rows.OathsTaken, onboarding.Done.Of(ItemKind.Oath)),
                Make.Derived(Rows.ReportsPerHundred, CellKind.PerHundred, perHundred, new RowRef(Rows.Tables.KeyFigures, Rows.Reports), new RowRef(Rows.Tables.KeyFigures, Rows.Employees)),
            ],
            "Adviesvragen over integriteit worden nog niet vastgelegd in het Integriteitsloket; dat kerncijfer ontbreekt daarom. "
            + "Ter vergelijking: BZK noemt als vuistregel 0,5 tot 1 betrokkene bij een (vermoede) schending per 100 medewerkers per jaar."),
        ]);
    }

    public static CountedSection Onboarding(OnboardingFigures onboarding) => new("onboarding", "Onboarding en bewustwording",
        "Wat nieuwe medewerkers bij hun start doen, zoals het op hun checklist in het Integriteitsloket staat: elke stap telt in het jaar waarin hij is gedaan. "
        + "Welke stappen iemand heeft, volgt uit de gedragscode van de gemeente, het soort dienstverband en de functiekaart; een tabel zonder totaal, "
        + "want niet iedereen heeft elke stap. Stappen van vóór de checklists in het Integriteitsloket staan er niet in. "
        + "De jaarlijkse check is de bevestiging van medewerkers dat hun nevenwerkzaamheden, financiële belangen en relaties nog volledig zijn opgegeven.",
        [
            Make.Counts(Rows.Tables.Onboarding, "Stappen bij de start en de jaarlijkse check", "Stap",
            [
                .. new[] { ItemKind.Oath, ItemKind.Vog, ItemKind.Statement, ItemKind.IntroductionTraining, ItemKind.VulnerableFunctionTraining, ItemKind.CodeReceipt }
                    .Select(kind => Make.Row(kind == ItemKind.Oath ? Rows.OathsTaken : kind.Dutch(), onboarding.Done.Of(kind))),
                Make.Row(Rows.YearlyChecks, onboarding.YearlyChecks),
            ]),
        ]);

    public static CountedSection Method(int k) => new("verantwoording", "Verantwoording",
        $"Niemand mag in dit verslag herkenbaar zijn. Een aantal van 1 tot en met {k - 1} staat er als “< {k}”; een nul staat er als 0, "
        + $"behalve in een kolom waarvan het totaal zelf kleiner is dan {k}: daar staan alle aantallen als “< {k}”. "
        + "Waar een verborgen aantal anders terug te rekenen zou zijn uit een totaal, uit een andere tabel met hetzelfde totaal of uit de kerncijfers, "
        + "is ook een ander aantal weggelaten; dat staat er als “×”. Is er naast zo’n aantal niets meer weg te laten, dan staat de hele groep samenhangende aantallen als “×”, ook de kleine. Een percentage, gemiddelde of bedrag dat uit een weggelaten aantal volgt, staat er ook als “×”. "
        + "De rijen van een tabel met een totaal tellen op tot dat totaal; tabellen over dezelfde meldingen, opgaven of contacten hebben hetzelfde totaal. "
        + "Elk jaar telt zoals het er op 31 december voor stond, zodat een jaar in elk verslag dezelfde cijfers heeft. "
        + "Het verslag bevat geen namen, geen kenmerken van meldingen en geen tekst uit meldingen of opgaven.", []);
}
