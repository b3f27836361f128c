using Loket.Web.Infrastructure.Domain;

namespace Loket.Web.Onboarding;

public sealed record NotOnChecklist(ItemKind Kind) : Refusal($"{Kind.Dutch()} staat niet op de lijst van deze persoon.");

public sealed record AlreadyDone(ItemKind Kind) : Refusal($"{Kind.Dutch()} is al afgerond.");

/// <summary>Leidschendam-Voorburg 4.1: "Nadat deze training is afgelegd, wordt de eed of belofte afgelegd."</summary>
public sealed record TrainingBeforeOath(string Citation) : Refusal($"Eerst de training morele oordeelsvorming, dan de eed of belofte ({Citation}: \"Nadat deze training is afgelegd, wordt de eed of belofte afgelegd.\"). Leg de training eerst vast.");

public sealed record OathAfterTraining() : Refusal("De eed of belofte kan niet vóór de dag van de training zijn afgelegd: de training komt eerst.");

public sealed record DayInFuture() : Refusal("Die datum ligt in de toekomst; leg vast wat al is gebeurd.");

public sealed record ReceivedBeforeRequested() : Refusal("De VOG kan niet eerder ontvangen zijn dan aangevraagd.");

public sealed record FormulaWithoutSource() : Refusal("Een formule zonder bron kan niet worden gebruikt: noem het Staatsblad en het onderdeel van de bijlage bij het Uitvoeringsbesluit Ambtenarenwet 2017.");

public sealed record NotTheirChecklist() : Refusal("Alleen de persoon zelf kan deze verklaring ondertekenen.");

public sealed record Missing(string What) : Refusal($"Vul {What} in.");
