using Loket.Web.Infrastructure.Domain;

namespace Loket.Web.AnnualReport;

// Every "no" of the annual report's chain, one type each.

public sealed record AlreadyHanded(int Year) : Refusal($"Je hebt je cijfers over {Year} al overgedragen. Overgedragen cijfers veranderen niet meer.");

public sealed record HandOnlyAPastOrThisYear() : Refusal("Je kunt cijfers overdragen over dit jaar of een van de tien jaren ervoor.");

public sealed record ReportAlreadyAdopted(int Year) : Refusal($"Het jaarverslag over {Year} is al vastgesteld en verandert niet meer.");

public sealed record TextTooLong(string Heading) : Refusal($"De tekst bij “{Heading}” is te lang (hoogstens {ReportDraft.LongestText:N0} tekens).");

public sealed record TextNamesSomeone(string Heading) : Refusal($"De tekst bij “{Heading}” bevat een naam of een kenmerk van een melding. Het jaarverslag bevat geen namen of kenmerken; haal die weg.");

public sealed record WriteADraftFirst() : Refusal("Sla eerst een concept op met je eigen tekst; daarna kan een andere integriteitscoördinator het vaststellen.");

public sealed record NotYourOwnDraft() : Refusal("Je kunt een concept dat jij als laatste hebt opgeslagen niet zelf vaststellen: een andere integriteitscoördinator stelt het vast (vier ogen).");

public sealed record DraftChangedMeanwhile() : Refusal("Er is intussen een nieuwere versie van het concept opgeslagen. Lees die eerst en stel dan vast.");
