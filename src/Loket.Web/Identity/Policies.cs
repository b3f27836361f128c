using Microsoft.AspNetCore.Authorization;

namespace Loket.Web.Identity;

/// <summary>
/// Authorization policy names. Every page and endpoint names one of these (or is on the public
/// allow-list); a test enumerates all endpoints to keep it that way.
/// </summary>
public static class Policies
{
    /// <summary>Any role in the current municipality.</summary>
    public const string Member = nameof(Member);
    public const string Employee = nameof(Role.Employee);
    public const string Manager = nameof(Role.Manager);
    public const string IntegrityOfficer = nameof(Role.IntegrityOfficer);
    public const string Confidant = nameof(Role.Confidant);
    public const string HrAdviser = nameof(Role.HrAdviser);
    public const string Secretary = nameof(Role.Secretary);
    public const string Auditor = nameof(Role.Auditor);
    public const string Admin = nameof(Role.Admin);

    /// <summary>Admin or HR adviser: who may see and import the people of a municipality.</summary>
    public const string PeopleAdministration = nameof(PeopleAdministration);

    /// <summary>Admin or integrity officer: who may record a department's stricter rules (no gifts at all).</summary>
    public const string DepartmentRules = nameof(DepartmentRules);

    /// <summary>HR adviser or integrity officer: who may see and keep the register of relations between employees (sensitive).</summary>
    public const string Relations = nameof(Relations);

    /// <summary>Admin or integrity officer: the second person who approves a sensitive role or an account's link to a person.</summary>
    public const string MembershipApproval = nameof(MembershipApproval);

    /// <summary>Admin or integrity officer: who sees the versions of the municipality's code of conduct (the admin uploads, the officer approves).</summary>
    public const string CodeOfConduct = nameof(CodeOfConduct);

    /// <summary>HR adviser or integrity officer: who keeps the functions map and sees new people's checklists and the yearly check.</summary>
    public const string Onboarding = nameof(Onboarding);

    public static void Register(AuthorizationOptions options)
    {
        options.AddPolicy(Member, p => p.RequireAuthenticatedUser().RequireClaim(LoketClaims.Tenant).RequireClaim(LoketClaims.Role));
        foreach (var role in Enum.GetValues<Role>().Where(r => r != Role.None))
        {
            options.AddPolicy(role.ToString(), p => p.RequireAuthenticatedUser().RequireClaim(LoketClaims.Role, role.ToString()));
        }

        options.AddPolicy(PeopleAdministration, p => p.RequireAuthenticatedUser().RequireClaim(LoketClaims.Role, nameof(Role.Admin), nameof(Role.HrAdviser)));
        options.AddPolicy(DepartmentRules, p => p.RequireAuthenticatedUser().RequireClaim(LoketClaims.Role, nameof(Role.Admin), nameof(Role.IntegrityOfficer)));
        options.AddPolicy(Relations, p => p.RequireAuthenticatedUser().RequireClaim(LoketClaims.Role, nameof(Role.HrAdviser), nameof(Role.IntegrityOfficer)));
        options.AddPolicy(MembershipApproval, p => p.RequireAuthenticatedUser().RequireClaim(LoketClaims.Role, nameof(Role.Admin), nameof(Role.IntegrityOfficer)));
        options.AddPolicy(CodeOfConduct, p => p.RequireAuthenticatedUser().RequireClaim(LoketClaims.Role, nameof(Role.Admin), nameof(Role.IntegrityOfficer)));
        options.AddPolicy(Onboarding, p => p.RequireAuthenticatedUser().RequireClaim(LoketClaims.Role, nameof(Role.HrAdviser), nameof(Role.IntegrityOfficer)));
        // Anything that forgot to name a policy is closed, not open.
        options.FallbackPolicy = options.GetPolicy(Member);
    }
}
