using Loket.Policy;
using Loket.Web.Infrastructure.Domain;
using Loket.Web.Infrastructure.Time;

namespace Loket.Web.Declarations;

// The expected "no"s of EmployeeDeclaration, one type per reason, worded for the person who tried.

/// <summary>A refusal about one text or date of the form; <see cref="Field"/> is the form's own name for it.</summary>
public abstract record DescriptionRefusal(string Field, string Message) : Refusal(Message);

public sealed record SubjectMissing() : DescriptionRefusal(nameof(DeclarationDescription.Subject), "Beschrijf kort waar je opgave over gaat.");

public sealed record TextTooLong(string Field, string Message) : DescriptionRefusal(Field, Message);

public sealed record StartDateNotAsked(DeclarationType Type)
    : DescriptionRefusal(nameof(DeclarationDescription.StartDate), $"Een begindatum hoort niet bij een {Type.DutchLabel()}; alleen een nevenwerkzaamheid of relatie heeft er een.");

public sealed record ColleagueNotAsked()
    : DescriptionRefusal(nameof(DeclarationDescription.RelatedEmployeeId), "Alleen bij een relatie kies je een collega.");

/// <summary>The picked colleague is not an employee of the municipality, or is the employee.</summary>
public sealed record UnknownColleague()
    : DescriptionRefusal(nameof(DeclarationDescription.RelatedEmployeeId), "Kies een collega uit de lijst (niet jezelf).");

public sealed record StartDateOutOfRange()
    : DescriptionRefusal(nameof(DeclarationDescription.StartDate), $"Vul een datum tussen {DutchDate.FirstYear} en {DutchDate.LastYear} in.");

public sealed record AnswersTooLong() : Refusal($"Je antwoorden zijn samen langer dan {DeclarationTexts.Answers} tekens. Kort je toelichting in.");

public sealed record PreviousVersionGone() : Refusal("De eerdere versie is al gewijzigd of bestaat niet.");

public sealed record AlreadyDecided() : Refusal("Over deze opgave is al besloten.");

/// <summary>Four eyes (Leiden 7.2, 's-Hertogenbosch 9.1 rule 4): never on one's own or a relation's declaration.</summary>
public sealed record OwnOrRelationsDeclaration() : Refusal("Je mag niet beslissen over je eigen opgave of die van iemand met wie je een relatie hebt.");

public sealed record NotRoutedToYou() : Refusal("Deze opgave is niet aan jou voorgelegd.");

public sealed record NoOutcome() : Refusal("Kies een besluit.");

public sealed record DecisionTextTooLong() : Refusal(
    $"Een motivering is hoogstens {DeclarationTexts.Motivation} tekens, een beschrijving van voorwaarden hoogstens {DeclarationTexts.ConditionsText}.");

public sealed record UnknownConditions() : Refusal("Kies voorwaarden uit de lijst.");

public sealed record NoGiftDestination() : Refusal("Kies wat er met het geschenk gebeurt.");

public sealed record DestinationNotAllowed(GiftDestinations Destinations) : Refusal(
    $"De gedragscode staat niet toe dat het geschenk deze bestemming krijgt. Kies uit: {string.Join(", ", Destinations.Allowed.Select(d => d.Dutch()))}.");

public sealed record RoodNeedsMotivation() : Refusal("Het oordeel van de gedragscode is rood. Motiveer waarom je de opgave toch goedkeurt.");

public sealed record MotivationMissing() : Refusal("Geef een motivering bij voorwaarden of een afwijzing.");

public sealed record NoCondition() : Refusal("Kies of beschrijf ten minste één voorwaarde.");

public sealed record RefusedGiftKept() : Refusal("Een afgewezen geschenk houdt de medewerker niet zelf. Kies een andere bestemming.");

public sealed record NotTheDeclarant() : Refusal("Alleen de medewerker die de opgave deed, kan reageren.");

public sealed record NotDecidedYet() : Refusal("Je kunt reageren zodra er een besluit is.");

public sealed record ResponseMissing() : Refusal("Schrijf je reactie.");

public sealed record ResponseTooLong() : Refusal($"Een reactie is hoogstens {DeclarationTexts.EmployeeResponse} tekens.");

public sealed record NotOwnSideActivity() : Refusal("Alleen de medewerker die de opgave deed, kan het einde van een nevenwerkzaamheid of relatie doorgeven.");

public sealed record AlreadyEndedOrChanged() : Refusal("Deze opgave is al beëindigd of gewijzigd.");

public sealed record EndDateInvalid() : Refusal("Geef een einddatum op, niet voor de begindatum.");

public sealed record NotAnApprovedSideActivity() : Refusal("Alleen goedgekeurde nevenwerkzaamheden kunnen openbaar worden.");

public sealed record NewerVersionExists() : Refusal("Er is een nieuwere versie van deze nevenwerkzaamheid: publiceer die, na het besluit erover.");
