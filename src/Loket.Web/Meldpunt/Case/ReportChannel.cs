namespace Loket.Web.Meldpunt.Case;

/// <summary>
/// How a report came in (Wbk art. 2: in writing, orally, or in a meeting; via a confidant), and the routes
/// through the line where a municipality's code has them (<see cref="IntakeRoutes"/>): the manager, the
/// manager's manager, the gemeentesecretaris. <see cref="Confidant"/> is the confidant's route.
/// </summary>
public enum ReportChannel
{
    Named,
    Anonymous,
    Confidant,
    Oral,
    ViaManager,
    ViaManagersManager,
    ViaSecretary,
}
