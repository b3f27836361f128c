namespace Loket.Web.Identity;

/// <summary>Roles a user holds in one municipality. Stored as flags on the membership.</summary>
[Flags]
public enum Role
{
    None = 0,
    Employee = 1,
    Manager = 2,
    IntegrityOfficer = 4,
    Confidant = 8,
    HrAdviser = 16,
    Secretary = 32,
    Auditor = 64,
    Admin = 128,
}
