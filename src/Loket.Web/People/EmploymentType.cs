namespace Loket.Web.People;

public enum EmploymentType
{
    Ambtenaar,
    Inhuurkracht,
    Uitzendkracht,
    Stagiair,
}
