using System.Net;
using Loket.Web.Identity;
using Loket.Web.Identity.Accounts;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.Declarations.DeclarationSteps;

namespace Loket.Web.Tests.Admin;

/// <summary>Sensitive roles and an account's link to a person are granted by two people, never by one administrator.</summary>
public sealed class FourEyesRoleTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task An_administrator_cannot_give_themselves_the_officer_role_until_an_integrity_officer_approves(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        using var bea = app.CreateLoketClient();
        await bea.LoginAsDemoAsync("leiden", "beheerder");
        var own = await app.WithDbAsync(db => db.Memberships.Where(m => m.User!.UserName == "beheerder@leiden").Select(m => m.Id).SingleAsync(), "leiden");

        var form = await bea.GetPageAsync($"/beheer/gebruikers/{own}");
        var content = new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", form.Document.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
            new("Input.RoleNames", "Admin"),
            new("Input.RoleNames", "IntegrityOfficer"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, (await bea.Http.PostAsync($"/beheer/gebruikers/{own}", content)).StatusCode);

        Assert.Equal(Role.Admin, await RolesAsync(app, own));
        var selfApproval = await DecideAsync(bea, "beheerder@leiden", "Approve");
        Assert.Equal(HttpStatusCode.OK, selfApproval.StatusCode);
        Assert.Contains("Je kunt je eigen aanvraag niet goedkeuren", (await ParseAsync(selfApproval)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Role.Admin, await RolesAsync(app, own));

        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("leiden", "integriteit");
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(iris, "beheerder@leiden", "Approve")).StatusCode);

        Assert.Equal(Role.Admin | Role.IntegrityOfficer, await RolesAsync(app, own));
        var trail = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == nameof(Membership) && a.EntityId == own.ToString()).ToListAsync());
        Assert.Contains(trail, a => a.ActorName == "Iris Integriteit" && a.Summary == "Roles: Admin → IntegrityOfficer, Admin");
        Assert.Contains(await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == nameof(MembershipChange) && a.Action == "Created").ToListAsync()),
            a => a.ActorName == "Bea Beheerder");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_new_account_gets_its_plain_roles_at_once_but_an_auditor_role_and_a_link_to_a_person_wait(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var bea = app.CreateLoketClient();
        await bea.LoginAsDemoAsync("leiderdorp", "beheerder");
        var userName = $"tweede.{Guid.NewGuid():N}"[..20] + "@leiderdorp";
        var (_, page) = await bea.GetPageAsync("/beheer/gebruikers");
        var content = new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
            new("Input.UserName", userName),
            new("Input.DisplayName", "Tweede Account"),
            new("Input.EmployeeNumber", "1003"),
            new("Input.Password", "een-lang-wachtwoord-voor-mij"),
            new("Input.RoleNames", "Employee"),
            new("Input.RoleNames", "Auditor"),
        ]);

        var added = await bea.Http.PostAsync("/beheer/gebruikers", content);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var membership = await app.WithDbAsync(db => db.Memberships.SingleAsync(m => m.User!.UserName == userName), "leiderdorp");
        Assert.Equal((Role.Employee, (Guid?)null), (membership.Roles, membership.EmployeeId));
        var change = await app.WithDbAsync(db => db.MembershipChanges.SingleAsync(c => c.MembershipId == membership.Id), "leiderdorp");
        Assert.Equal(Role.Employee | Role.Auditor, change.ToRoles);
        Assert.NotNull(change.ToEmployeeId);
        Assert.True(change.IsPending);
    }

    [Fact]
    public void Neither_the_requester_nor_the_person_concerned_nor_someone_without_the_right_role_approves()
    {
        var (requester, subject, officer, admin) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        MembershipChange Fresh(out Membership membership)
        {
            membership = Membership.Preset(Guid.NewGuid(), Role.Employee, null, userId: subject);
            return MembershipChange.Request(membership, Role.Employee | Role.Confidant, null, requester, LoketApp.Start);
        }

        Assert.IsType<OwnRequest>(Fresh(out var m1).Approve(m1, requester, Role.Admin, LoketApp.Start));
        Assert.IsType<OwnMembership>(Fresh(out var m2).Approve(m2, subject, Role.Admin | Role.IntegrityOfficer, LoketApp.Start));
        Assert.IsType<NotAnApprover>(Fresh(out var m3).Approve(m3, Guid.NewGuid(), Role.Employee | Role.HrAdviser, LoketApp.Start));
        var changed = Fresh(out var m4);
        Assert.Null(m4.ChangeRoles(Role.Employee | Role.Manager, admin, waiting: null, LoketApp.Start).Value);
        Assert.IsType<ChangedSinceRequest>(changed.Approve(m4, officer, Role.IntegrityOfficer, LoketApp.Start));
        Assert.Equal(Role.Employee | Role.Manager, m4.Roles);

        var approved = Fresh(out var m5);
        Assert.Null(approved.Approve(m5, admin, Role.Admin, LoketApp.Start));
        Assert.Equal(Role.Employee | Role.Confidant, m5.Roles);
        Assert.IsType<ChangeAlreadyDecided>(approved.Approve(m5, officer, Role.IntegrityOfficer, LoketApp.Start));
    }

    [Theory]
    [InlineData(Role.Employee, Role.Employee | Role.Manager, false)]
    [InlineData(Role.Employee | Role.Auditor, Role.Employee, false)]
    [InlineData(Role.Employee, Role.Employee | Role.IntegrityOfficer, true)]
    [InlineData(Role.Admin, Role.Admin | Role.Confidant, true)]
    [InlineData(Role.Employee, Role.Employee | Role.Secretary, true)]
    [InlineData(Role.HrAdviser, Role.Admin, true)]
    public void Granting_a_sensitive_role_needs_approval_taking_one_away_does_not(Role from, Role to, bool needs) =>
        Assert.Equal(needs, MembershipChange.NeedsApproval(from, to, null, null));

    /// <summary>Presses "Goedkeuren" or "Afwijzen" on the row of <paramref name="userName"/> on /beheer/goedkeuren.</summary>
    internal static async Task<HttpResponseMessage> DecideAsync(LoketClient client, string userName, string handler)
    {
        var (_, page) = await client.GetPageAsync("/beheer/goedkeuren");
        var row = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(userName, StringComparison.Ordinal));
        var action = row.QuerySelectorAll("form").Select(f => f.GetAttribute("action")!).Single(a => a.Contains($"handler={handler}", StringComparison.Ordinal));
        return await client.SubmitAsync(page, $"form[action='{action}']", new Dictionary<string, string>(), "/beheer/goedkeuren");
    }

    private static Task<Role> RolesAsync(LoketApp app, Guid membership) =>
        app.WithDbAsync(db => db.Memberships.Where(m => m.Id == membership).Select(m => m.Roles).SingleAsync(), "leiden");
}
