namespace Loket.Policy;

/// <summary>
/// What a declaration obliges the employee to do. The order of the members is the stable order in
/// which an evaluation lists them. There is one duty to report, <see cref="ReportToManager"/>: the
/// opgave itself goes to the manager, also where a code says "melden" without naming to whom
/// ('s-Hertogenbosch 4.1, Leidschendam-Voorburg 2.4, Alphen bijlage), so a consumer of the CLI contract
/// knows one name (docs/policies.md lists this reading among the judgement calls).
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
    Register,
    Publish,
    ReportEnd,
}
