namespace Loket.Web.Onboarding;

/// <summary>What a new person's checklist can hold. Who does it: HR records the oath, the VOG and a training; the person signs and confirms.</summary>
public enum ItemKind
{
    /// <summary>Integrity or confidentiality statement, signed by the person in the product before the start date.</summary>
    Statement,
    Vog,
    IntroductionTraining,
    /// <summary>Ambtseed or -belofte (Ambtenarenwet 2017 art. 7).</summary>
    Oath,
    CodeReceipt,
    /// <summary>The extra training the functions map gives a vulnerable function (any area high).</summary>
    VulnerableFunctionTraining,
}

public static class ItemKindWords
{
    public static string Dutch(this ItemKind kind) => kind switch
    {
        ItemKind.Statement => "Verklaring ondertekend",
        ItemKind.Vog => "Verklaring omtrent het gedrag (VOG)",
        ItemKind.IntroductionTraining => "Introductietraining integriteit",
        ItemKind.Oath => "Eed of belofte afgelegd",
        ItemKind.CodeReceipt => "Gedragscode ontvangen",
        ItemKind.VulnerableFunctionTraining => "Training kwetsbare functie",
        _ => kind.ToString(),
    };

    /// <summary>The person does it on their own page; HR records the rest.</summary>
    public static bool ByThePerson(this ItemKind kind) => kind is ItemKind.Statement or ItemKind.CodeReceipt;
}
