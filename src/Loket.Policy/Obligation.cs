namespace Loket.Policy;

/// <summary>
/// What a declaration obliges the employee to do. The order of the members is the stable order in
/// which an evaluation lists them. <see cref="Report"/> is for codes that say "melden" without naming
/// the manager as the recipient ('s-Hertogenbosch 4.1, Alphen bijlage): we do not invent a recipient.
/// </summary>
public enum Obligation
{
    Refuse,
    ReturnToGiver,
    HandOverToMunicipality,
    DoNotHandleFile,
    WrittenPermission,
    DiscussWithManager,
    ReportToManager,
    Report,
    Register,
    Publish,
    ReportEnd,
}
