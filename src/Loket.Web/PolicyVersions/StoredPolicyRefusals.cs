using Loket.Web.Infrastructure.Domain;
using static Loket.Web.Infrastructure.Time.DutchTime;

namespace Loket.Web.PolicyVersions;

public sealed record DateDiffersFromFile(DateOnly InFile, DateOnly Typed)
    : Refusal($"De ingangsdatum in het bestand (effective-from: {Written(InFile)}) is niet de datum die je opgaf ({Written(Typed)}). Pas het bestand of de datum aan, zodat ze gelijk zijn.");

public sealed record EffectiveDateNotAhead(DateOnly Earliest)
    : Refusal($"Een nieuwe versie gaat op zijn vroegst morgen in ({Written(Earliest)}): opgaven van vandaag en eerder zijn al met de geldende versie beoordeeld.");

public sealed record EffectiveDateTaken(string Version, DateOnly Date, StoredPolicyStatus Status)
    : Refusal($"Op {Written(Date)} gaat al versie {Version} in{(Status == StoredPolicyStatus.Pending ? " (die wacht op goedkeuring)" : "")}. Elke versie heeft een eigen ingangsdatum: kies een andere datum{(Status == StoredPolicyStatus.Pending ? " of trek die versie eerst in" : "")}.");

public sealed record VersionTaken(string Version)
    : Refusal($"Versie {Version} bestaat al voor deze gedragscode. Geef de nieuwe versie een eigen nummer (version in het bestand).");

public sealed record CodeSharedWithOthers(string Others)
    : Refusal($"Deze gedragscode geldt ook voor {Others}. Een nieuwe versie zou ook daar gelden; laat de beheerder van de installatie de code eerst per gemeente splitsen.");

public sealed record PolicyAlreadyDecided() : Refusal("Over deze versie is al besloten.");

public sealed record NotAnIntegrityOfficer() : Refusal("Alleen een integriteitscoördinator keurt een nieuwe versie van de gedragscode goed.");

public sealed record OwnUpload()
    : Refusal("Je kunt je eigen upload niet goedkeuren: een integriteitscoördinator die de versie niet zelf uploadde, keurt hem goed (vier ogen).");

public sealed record NotAllowedToRejectPolicy() : Refusal("Alleen een integriteitscoördinator of wie de versie uploadde, kan haar afwijzen of intrekken.");

public sealed record RejectionReasonMissing() : Refusal($"Geef een reden (hoogstens {StoredPolicy.ReasonLength} tekens), zodat de ander weet wat er moet veranderen.");
