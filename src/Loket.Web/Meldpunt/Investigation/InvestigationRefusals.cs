using Loket.Web.Infrastructure.Domain;

namespace Loket.Web.Meldpunt.Investigation;

// Every "no" of the investigation protocol, one type each: the step that comes first, or the right of the person concerned it protects.

public sealed record DecideToInvestigateFirst() : Refusal("Een onderzoek begint na het besluit om te onderzoeken.");

public sealed record InvestigationRunning() : Refusal("Voor deze melding loopt al een onderzoek.");

public sealed record InvestigationConcluded() : Refusal("Dit onderzoek is afgerond.");

public sealed record InvestigatorAlreadyAssigned() : Refusal("Dit onderzoek heeft al een onderzoeker.");

public sealed record InvestigatorInvolved() : Refusal("Deze onderzoeker is bij de melding betrokken (genoemd, of familie of relatie van wie genoemd is). Kies iemand anders.");

public sealed record NameTheBureau() : Refusal("Vul de naam van het onderzoeksbureau en van de onderzoeker in (elk hoogstens 200 tekens).");

public sealed record CostOutOfRange() : Refusal("Vul de kosten in euro's in, van 0 tot 10.000.000.");

public sealed record DeclareIndependence() : Refusal("Leg vast dat het bureau heeft verklaard geen band te hebben met de melder of de betrokkene.");

public sealed record AssignInvestigatorFirst() : Refusal("Wijs eerst een onderzoeker toe.");

public sealed record ChoosePersonConcerned() : Refusal("Kies de betrokkene uit de mensen die in de melding genoemd zijn.");

public sealed record AlreadyInformed() : Refusal("De betrokkene is al geïnformeerd.");

public sealed record ExplainRightsFirst() : Refusal("Vertel de betrokkene ook welke rechten die heeft (bijstand, het verslag lezen en corrigeren, reageren op de bevindingen) en leg dat vast.");

public sealed record InformedByRequired() : Refusal("Vul in wie de betrokkene informeerde (hoogstens 200 tekens).");

public sealed record GiveTheDate() : Refusal("Vul de datum in.");

public sealed record DateNotInFuture() : Refusal("Die datum ligt in de toekomst.");

public sealed record DateBeforeStart() : Refusal("Die datum ligt vóór de start van het onderzoek.");

public sealed record GiveReasonForDelay() : Refusal("De betrokkene is later geïnformeerd dan de toewijzing van de onderzoeker. Geef de reden voor het uitstel (10 tot 500 tekens).");

public sealed record InformOrPostponeFirst() : Refusal("Informeer eerst de betrokkene, of leg vast waarom dat nog even niet kan, voordat je anderen hoort.");

public sealed record InformBeforeInterview() : Refusal("De betrokkene wordt pas gehoord nadat die is geïnformeerd over het onderzoek en over de eigen rechten.");

public sealed record NameTheInterviewee() : Refusal("Vul in wie er gehoord is (hoogstens 200 tekens).");

public sealed record WriteTheRecord() : Refusal("Schrijf het verslag van het gesprek.");

public sealed record NoSuchInterview() : Refusal("Kies een gesprek van dit onderzoek.");

public sealed record RecordAlreadyShown() : Refusal("Dit verslag is al aan de geïnterviewde voorgelegd.");

public sealed record ShowRecordFirst() : Refusal("Leg het verslag eerst voor aan de geïnterviewde; daarna leg je diens reactie vast.");

public sealed record AlreadyReacted() : Refusal("De reactie op dit verslag is al vastgelegd; die blijft naast het verslag staan.");

public sealed record DraftAlreadyShared() : Refusal("De conceptbevindingen zijn al voorgelegd. Een nieuw gesprek na het concept kan niet meer in dit onderzoek.");

public sealed record HearPersonConcernedFirst() : Refusal("Hoor eerst de betrokkene (hoor en wederhoor) voordat je conceptbevindingen opstelt.");

public sealed record ShowRecordsFirst() : Refusal("Leg eerst elk gespreksverslag voor aan wie gehoord is, zodat die het kan lezen en corrigeren.");

public sealed record ReactionTermTooShort(int Days) : Refusal($"Geef de betrokkene minstens {Days} dagen om op de conceptbevindingen te reageren.");

public sealed record ShareDraftFirst() : Refusal("Leg eerst de conceptbevindingen aan de betrokkene voor.");

public sealed record AwaitReaction(DateOnly Until) : Refusal($"De betrokkene mag tot en met {Infrastructure.Time.DutchTime.Written(Until)} reageren op de conceptbevindingen. Leg de reactie vast of wacht tot de termijn voorbij is.");

public sealed record AlreadyReported() : Refusal("Het onderzoeksrapport is al vastgelegd.");

public sealed record ReportFirst() : Refusal("Een conclusie volgt op het onderzoeksrapport.");

public sealed record WriteTheText() : Refusal("Schrijf de tekst (hoogstens 20.000 tekens).");
