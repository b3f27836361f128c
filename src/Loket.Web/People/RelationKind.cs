namespace Loket.Web.People;

public enum RelationKind
{
    Partner,
    Family,
    Friend,
}
