using Loket.Web.Infrastructure.Domain;

namespace Loket.Web.Meldpunt.Measures;

// Every "no" of the measures register, one type each.

public sealed record MeasureAfterConclusion() : Refusal("Een maatregel volgt op de conclusie van het dossier.");

public sealed record NoSanctionWithoutFinding() : Refusal("Een sanctie kan alleen als de melding (deels) gegrond is bevonden. Kies \"Geen maatregel\" of een organisatorische maatregel.");

public sealed record ChooseMeasure() : Refusal("Kies een maatregel uit de lijst.");

public sealed record NotTheMeasureDecider(string Name, string Source) : Refusal($"Deze maatregel neemt volgens de gedragscode {Name} ({Source}). Kies wie het besluit nam.");

public sealed record ConsultHrAdviser() : Refusal("Kies de HR-adviseur met wie het besluit is genomen; dat is iemand anders dan wie besluit.");

public sealed record DescribeMeasure() : Refusal("Beschrijf de maatregel (hoogstens 2.000 tekens).");

public sealed record MeasureDateOutOfRange() : Refusal("De datum van het besluit ligt tussen de ontvangst van de melding en vandaag.");

public sealed record PoliceReportDateOutOfRange() : Refusal("De datum van de aangifte ligt tussen de ontvangst van de melding en vandaag.");

public sealed record NameWhoFiled() : Refusal("Vul in wie aangifte deed namens de gemeente (hoogstens 200 tekens); het proces-verbaalnummer is hoogstens 100 tekens.");
