namespace Loket.Policy;

/// <summary>
/// The three colours of 's-Hertogenbosch 1.5 "Kleur bekennen", ordered from best to worst so the
/// verdict of an evaluation is simply the maximum over the rules that fired.
/// </summary>
public enum Verdict
{
    /// <summary>Toegestaan ("Groen = doen"), possibly with a duty to report.</summary>
    Groen = 0,

    /// <summary>Hangt af van de omstandigheden: overleg vooraf ("Oranje = tijd voor gesprek!").</summary>
    Oranje = 1,

    /// <summary>Niet toegestaan ("Rood = stoppen").</summary>
    Rood = 2,
}
