using Loket.Web.Infrastructure.Domain;

namespace Loket.Web.Meldpunt.Case;

// The "no"s of the counted case record and of the feedback the reporter reads (issue 17.2, 17.5).

public sealed record RecordedInFuture() : Refusal("Deze datum ligt in de toekomst. Vul de dag in waarop de melding je bereikte.");

public sealed record ClosedCaseIsNotClassified() : Refusal("Een gesloten dossier wordt niet opnieuw ingedeeld. Heropen het eerst.");

public sealed record NotThisMunicipalitysCategory() : Refusal("Kies een eigen categorie van deze gemeente die onder de gekozen categorie valt.");

public sealed record NotThisMunicipalitysUnit() : Refusal("Kies een afdeling van deze gemeente.");

public sealed record RecordAfterConclusion() : Refusal("Leg de afsluiting vast na de conclusie of na het besluit niet te onderzoeken.");

public sealed record OutcomeDiffersFromConclusion(string Conclusion) : Refusal($"Na een onderzoek is de uitkomst de conclusie van het onderzoek: {Conclusion}.");

public sealed record NoFindingWithoutInvestigation() : Refusal("Zonder onderzoek is een melding niet (deels) gegrond. Kies ongegrond, geen integriteitskwestie of afgebroken.");

public sealed record InvestigatorRequired() : Refusal("Geef aan wie het onderzoek deed: de gemeente zelf of een extern bureau.");

public sealed record ExternalCostRequired() : Refusal("Vul de kosten van het externe bureau in euro's in (0 of meer).");

public sealed record CostOnlyForExternal() : Refusal("Kosten horen alleen bij een onderzoek door een extern bureau.");

public sealed record InvestigatorDiffersFromProtocol(string Recorded) : Refusal($"Het onderzoeksprotocol van dit dossier noemt als onderzoeker: {Recorded}. Kies dat, of pas eerst het protocol aan.");

public sealed record CostDiffersFromProtocol(string Recorded) : Refusal($"Het onderzoeksprotocol noemt als kosten van het externe bureau {Recorded}. Vul dat bedrag in.");

public sealed record PoliceReportDiffersFromRegister(string Recorded) : Refusal($"Bij de maatregelen van dit dossier staat een aangifte van {Recorded}. Kies 'ja' en vul die datum in.");

public sealed record PoliceReportDateRequired() : Refusal("Vul de datum van de aangifte in; die ligt niet in de toekomst.");

public sealed record PoliceReportDateWithoutReport() : Refusal("Een datum van aangifte hoort alleen bij een gedane aangifte.");

public sealed record ClassifyBeforeClosing() : Refusal("Deel de melding eerst in (categorie, betrokkene, afdeling); zonder die indeling kan het dossier niet dicht.");

public sealed record RecordBeforeClosing() : Refusal("Leg eerst de afsluiting vast: uitkomst, onderzoeker en aangifte.");

public sealed record ExplainDecisionBeforeClosing() : Refusal("Leg de melder eerst uit waarom er geen onderzoek komt.");

public sealed record ShareOutcomeBeforeClosing() : Refusal("Vertel de melder eerst wat je over de uitkomst kunt delen.");

public sealed record NoDecisionToExplain() : Refusal("Er is geen besluit om niet te onderzoeken om uit te leggen.");

public sealed record NoOutcomeToShare() : Refusal("Er is nog geen uitkomst van een onderzoek om te delen.");
