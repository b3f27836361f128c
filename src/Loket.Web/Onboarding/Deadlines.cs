using Loket.Web.Infrastructure.Time;

namespace Loket.Web.Onboarding;

/// <summary>
/// By when each item is due, counted from the first working day. Where a code sets the moment it is followed
/// (the statement "voor aanvang", Alphen toel. 2; the VOG and the code "bij indiensttreding"); where it names no
/// number of days ("kort na de aanvang", Alphen toel. 2) the product's default applies, in Dutch working days.
/// </summary>
public static class Deadlines
{
    public const int TrainingWorkingDays = 15;
    public const int OathWorkingDays = 20;
    public const int VulnerableTrainingWorkingDays = 60;

    public static DateOnly For(ItemKind kind, DateOnly start) => kind switch
    {
        // Signed before the first day: the last working day before it.
        ItemKind.Statement => DutchWorkingDays.Add(start, -1),
        ItemKind.Vog or ItemKind.CodeReceipt => start,
        ItemKind.IntroductionTraining => DutchWorkingDays.Add(start, TrainingWorkingDays),
        ItemKind.Oath => DutchWorkingDays.Add(start, OathWorkingDays),
        ItemKind.VulnerableFunctionTraining => DutchWorkingDays.Add(start, VulnerableTrainingWorkingDays),
        _ => start,
    };
}
