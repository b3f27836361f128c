using Loket.Web.People;

namespace Loket.Web.Tests.People;

/// <summary>Each rule of planning a substitution, once (People/Substitution.Plan); the Team page shows the refusal.</summary>
public sealed class SubstitutionRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);
    private static readonly Guid Manager = Guid.CreateVersion7();
    private static readonly Guid Tenant = Guid.CreateVersion7();

    private static Employee Colleague(DateOnly? left = null) =>
        new() { TenantId = Tenant, EmployeeNumber = "2001", Name = "Tamara Teamleider", StartDate = new DateOnly(2020, 1, 1), EndDate = left };

    private static Loket.Web.Infrastructure.Domain.Outcome<Substitution> Plan(Employee? substitute, int from, int until, params Substitution[] planned) =>
        Substitution.Plan(Manager, substitute, substituteHasAccount: true, Today.AddDays(from), Today.AddDays(until), Today, planned);

    [Fact]
    public void A_colleague_covers_a_period_from_today_both_days_inclusive()
    {
        var colleague = Colleague();

        var plan = Plan(colleague, 0, 13).Value!;

        Assert.Equal((Tenant, Manager, colleague.Id), (plan.TenantId, plan.ManagerId, plan.SubstituteId));
        Assert.True(plan.IsActiveOn(Today) && plan.IsActiveOn(Today.AddDays(13)) && !plan.IsActiveOn(Today.AddDays(14)));
    }

    [Fact]
    public void A_manager_is_never_her_own_substitute()
    {
        var self = Colleague();

        Assert.IsType<OwnSubstitute>(Substitution.Plan(self.Id, self, substituteHasAccount: true, Today, Today, Today, []).Refusal);
    }

    [Fact]
    public void A_substitute_who_is_not_found_is_refused()
    {
        Assert.IsType<UnknownSubstitute>(Plan(null, 0, 1).Refusal);
    }

    [Fact]
    public void A_substitute_whose_employment_ends_before_the_last_day_is_refused_with_that_date()
    {
        var left = Plan(Colleague(left: Today.AddDays(-1)), 0, 1).Refusal;
        var leaving = Plan(Colleague(left: Today.AddDays(3)), 0, 4).Refusal;

        Assert.IsType<SubstituteLeaves>(left);
        Assert.Equal("Tamara Teamleider is uit dienst na 9-12-2026 en kan daarna niet meer inloggen. Kies een vervanger die de hele periode in dienst is.", leaving!.Message);
        Assert.Null(Plan(Colleague(left: Today.AddDays(4)), 0, 4).Refusal);
    }

    [Fact]
    public void A_substitute_without_an_account_in_the_municipality_is_refused_by_name()
    {
        var refusal = Substitution.Plan(Manager, Colleague(), substituteHasAccount: false, Today, Today.AddDays(4), Today, []).Refusal;

        Assert.IsType<SubstituteWithoutAccount>(refusal);
        Assert.StartsWith("Tamara Teamleider heeft geen account in deze gemeente en kan dus niet inloggen", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5, 4, typeof(EndsBeforeItStarts))]
    [InlineData(-10, -1, typeof(AlreadyOver))]
    [InlineData(0, 367, typeof(LongerThanAYear))]
    public void A_period_must_run_forward_not_be_over_and_last_at_most_a_year(int from, int until, Type refusal) =>
        Assert.IsType(refusal, Plan(Colleague(), from, until).Refusal);

    [Fact]
    public void A_period_that_overlaps_the_managers_planned_cover_by_one_day_is_refused_and_one_after_it_is_not()
    {
        var planned = Plan(Colleague(), 0, 6).Value!;

        Assert.IsType<OverlapsAnother>(Plan(Colleague(), 6, 10, planned).Refusal);
        Assert.Null(Plan(Colleague(), 7, 10, planned).Refusal);
    }
}
