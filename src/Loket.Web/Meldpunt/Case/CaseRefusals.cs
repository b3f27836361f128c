using Loket.Web.Infrastructure.Domain;

namespace Loket.Web.Meldpunt.Case;

// Every "no" a case can give, one type each, so pages show the sentence and tests match the reason.

public sealed record AlreadyAcknowledged() : Refusal("De ontvangst van deze melding is al bevestigd.");

public sealed record AcknowledgeFirst() : Refusal("Bevestig eerst de ontvangst.");

public sealed record IntakeAlreadyStarted() : Refusal("Het vooronderzoek is al gestart.");

public sealed record DecideAfterIntake() : Refusal("Over een onderzoek wordt besloten na het vooronderzoek.");

public sealed record NotTheDecider(string Name, string Source) : Refusal($"Dit besluit neemt volgens de procedure van deze gemeente {Name} ({Source}).");

public sealed record ConcludeAfterInvestigation() : Refusal("Een conclusie volgt op een onderzoek.");

public sealed record FeedbackAfterAcknowledgement() : Refusal("Bevestig eerst de ontvangst; terugkoppeling volgt daarna.");

public sealed record CloseAfterConclusion() : Refusal("Sluit een dossier na de conclusie of het besluit niet te onderzoeken.");

public sealed record FeedbackBeforeClosing() : Refusal("Geef de melder eerst terugkoppeling; de wet vraagt dat binnen drie maanden na de ontvangstbevestiging.");

public sealed record OnlyClosedReopens() : Refusal("Alleen een gesloten dossier kan worden heropend.");

public sealed record NoComplaintAboutNotInvestigating() : Refusal("Over alsnog onderzoeken wordt beslist na een klacht over een besluit om niet te onderzoeken.");

public sealed record NotTheReviewer(string Addressee, string Source) : Refusal($"Na een klacht beslist {Addressee} of er alsnog een onderzoek komt ({Source}).");

public sealed record ReviewAlreadyRequested() : Refusal("Je hebt al om heroverweging gevraagd.");

public sealed record OnlyOfficersTakeCases() : Refusal("Alleen een integriteitscoördinator neemt een dossier in behandeling.");

public sealed record AlreadyHandling() : Refusal("Je behandelt dit dossier al.");

public sealed record CaseHasHandler() : Refusal("Dit dossier heeft al een behandelaar. Vraag die of een andere coördinator om je toe te wijzen, of geef een reden om het in te zien.");

public sealed record NotAssignable() : Refusal("Kies een integriteitscoördinator uit de lijst.");

public sealed record NoGroundForAccess(string DeciderSource) : Refusal($"Je ziet de inhoud van dit dossier alleen als de procedure je het besluit geeft ({DeciderSource}) of als de melder om heroverweging vraagt.");

public sealed record ReasonOutOfRange() : Refusal("Geef een reden van 10 tot 500 tekens; die wordt vastgelegd.");

public sealed record NotOnChecklist() : Refusal("Kies alleen vormen van benadeling uit de lijst van de gedragscode.");

public sealed record NoOneToResolve() : Refusal("Kies om wie het gaat.");

public sealed record AlreadyResolved() : Refusal("Over deze persoon is al besloten.");
