namespace Loket.Web.Meldpunt.Case;

/// <summary>
/// The forms of disadvantage Leiden 8.3 lists, as a checklist for the handler of a retaliation report.
/// Only a code with such a list gets the checklist; the words are in <see cref="Procedures.Leiden83"/>.
/// </summary>
[Flags]
public enum RetaliationForm
{
    None = 0,
    DismissalOrSuspension = 1,
    NoRenewalOfTemporaryContract = 2,
    InvoluntaryReassignment = 4,
    DisciplinaryMeasure = 8,
    WithheldPayRiseOrAllowance = 16,
    WithheldPromotionOrTraining = 32,
    RefusedLeave = 64,
}
