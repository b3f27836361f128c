namespace Loket.Web.Meldpunt;

/// <summary>The forms of disadvantage Leiden 8.3 lists, as a checklist for the handler of a retaliation report.</summary>
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

public static class RetaliationForms
{
    /// <summary>Leiden 8.3, in the code's own words.</summary>
    public static readonly (RetaliationForm Form, string Dutch)[] Leiden83 =
    [
        (RetaliationForm.DismissalOrSuspension, "ongevraagd ontslag of schorsing"),
        (RetaliationForm.NoRenewalOfTemporaryContract, "het niet verlengen of niet omzetten van een tijdelijke aanstelling"),
        (RetaliationForm.InvoluntaryReassignment, "ongevraagde overplaatsing"),
        (RetaliationForm.DisciplinaryMeasure, "disciplinaire maatregelen"),
        (RetaliationForm.WithheldPayRiseOrAllowance, "het onthouden van salarisverhoging, incidentele beloning of toelagen"),
        (RetaliationForm.WithheldPromotionOrTraining, "het onthouden van promotie, ontwikkeling of opleiding"),
        (RetaliationForm.RefusedLeave, "het weigeren van verlof"),
    ];
}
