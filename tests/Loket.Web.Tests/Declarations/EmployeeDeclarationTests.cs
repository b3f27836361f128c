using Loket.Policy;
using Loket.Web.Declarations;

namespace Loket.Web.Tests.Declarations;

// Issue 15 point 1: each rule of the declaration's life, pinned once on the aggregate. Four eyes and
// decisions against the verdict have their own files (FourEyesTests, DecisionAgainstVerdictTests).
public sealed class EmployeeDeclarationTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);

    private static readonly Guid Decider = Guid.NewGuid();

    private static EmployeeDeclaration Decided(DeclarationBuilder builder)
    {
        var declaration = builder with { DeciderId = Decider };
        var built = declaration.Build();
        Assert.Null(built.Decide(new Decision(DeclarationStatus.Approved, null, GiftDestination: GiftDestination.Display), GiftDestinations.Default, Decider, false, false, Now));
        return built;
    }

    [Fact]
    public void A_filed_declaration_waits_for_its_routed_decider_with_the_words_trimmed()
    {
        var declaration = (new DeclarationBuilder { DeciderId = Decider, Description = new("  Fles wijn ", "  ", " Wijnhandel ") } with { SubmittedAt = Now }).Build();

        Assert.Equal(DeclarationStatus.Submitted, declaration.Status);
        Assert.Equal(Decider, declaration.DeciderId);
        Assert.Equal(Now, declaration.SubmittedAt);
        Assert.Equal(("Fles wijn", (string?)null, "Wijnhandel"), (declaration.Subject, declaration.Counterparty, declaration.Role));
    }

    [Fact]
    public void A_declaration_without_a_subject_is_refused()
    {
        var filed = EmployeeDeclaration.Submit((new DeclarationBuilder { Description = new(" ") }).Submission, Now);

        Assert.IsType<SubjectMissing>(filed.Refusal);
        Assert.Null(filed.Value);
    }

    [Theory]
    [InlineData(501, 0, 0, "Subject")]
    [InlineData(10, 201, 0, "Counterparty")]
    [InlineData(10, 0, 201, "Role")]
    public void A_text_longer_than_its_column_is_refused_for_that_field(int subject, int counterparty, int role, string field)
    {
        var description = new DeclarationDescription(new string('a', subject), new string('b', counterparty), new string('c', role));

        var filed = EmployeeDeclaration.Submit((new DeclarationBuilder { Description = description }).Submission, Now);

        Assert.Equal(field, Assert.IsType<TextTooLong>(filed.Refusal).Field);
    }

    // The page set a start date only for side activities, the API for every type; only a side activity asks for
    // one, and a relationship (from when; issue 16: it becomes the relation's first day).
    [Theory]
    [InlineData(DeclarationType.Gift)]
    [InlineData(DeclarationType.Invitation)]
    [InlineData(DeclarationType.FinancialInterest)]
    [InlineData(DeclarationType.PrivateCircumstance)]
    [InlineData(DeclarationType.FormerColleagueHire)]
    public void Only_a_side_activity_and_a_relationship_have_a_start_date(DeclarationType type)
    {
        var builder = new DeclarationBuilder { Type = type, Answers = $"{{\"type\":\"{type.Name()}\"}}", Description = new("Iets", StartDate: new DateOnly(2026, 1, 1)) };

        Assert.IsType<StartDateNotAsked>(EmployeeDeclaration.Submit(builder.Submission, Now).Refusal);
        Assert.Equal(new DateOnly(2026, 1, 1), DeclarationBuilder.SideActivity().Build().StartDate);
    }

    [Fact]
    public void A_start_date_outside_the_years_a_person_types_is_refused()
    {
        var builder = DeclarationBuilder.SideActivity() with { Description = new("Penningmeester", StartDate: new DateOnly(1899, 12, 31)) };

        Assert.IsType<StartDateOutOfRange>(EmployeeDeclaration.Submit(builder.Submission, Now).Refusal);
    }

    [Fact]
    public void Answers_longer_than_their_column_are_refused()
    {
        var builder = new DeclarationBuilder { Answers = "{\"type\":\"gift\"}" + new string(' ', DeclarationTexts.Answers) };

        Assert.IsType<AnswersTooLong>(EmployeeDeclaration.Submit(builder.Submission, Now).Refusal);
    }

    [Fact]
    public void A_changed_side_activity_replaces_the_current_version_which_leaves_the_register()
    {
        var first = DeclarationBuilder.SideActivity().Build();

        var second = (DeclarationBuilder.SideActivity() with { EmployeeId = first.EmployeeId, Previous = first, SubmittedAt = Now }).Build();

        Assert.Equal(first.Id, second.PreviousVersionId);
        Assert.Equal(Now, first.SupersededAt);
        Assert.False(first.IsCurrentOn(new DateOnly(2026, 12, 6)));
        Assert.True(second.IsCurrentOn(new DateOnly(2026, 12, 6)));
    }

    [Fact]
    public void Only_ones_own_current_side_activity_can_be_replaced()
    {
        var first = DeclarationBuilder.SideActivity().Build();
        var replaced = (DeclarationBuilder.SideActivity() with { EmployeeId = first.EmployeeId, Previous = first }).Build();

        var someoneElses = EmployeeDeclaration.Submit((DeclarationBuilder.SideActivity() with { Previous = replaced }).Submission, Now);
        var again = EmployeeDeclaration.Submit((DeclarationBuilder.SideActivity() with { EmployeeId = first.EmployeeId, Previous = first }).Submission, Now);
        var gift = new DeclarationBuilder { EmployeeId = first.EmployeeId };
        var asGift = EmployeeDeclaration.Submit((gift with { Previous = gift.Build() }).Submission, Now);

        Assert.IsType<PreviousVersionGone>(someoneElses.Refusal);
        Assert.IsType<PreviousVersionGone>(again.Refusal);
        Assert.IsType<PreviousVersionGone>(asGift.Refusal);
    }

    [Fact]
    public void A_decision_names_an_outcome()
    {
        var declaration = new DeclarationBuilder { DeciderId = Decider }.Build();

        Assert.IsType<NoOutcome>(declaration.Decide(new Decision(DeclarationStatus.Submitted, null), GiftDestinations.Default, Decider, false, false, Now));
    }

    [Fact]
    public void Conditions_and_refusals_need_a_motivation_and_conditions_need_a_condition()
    {
        var declaration = new DeclarationBuilder { DeciderId = Decider }.Build();

        Assert.IsType<MotivationMissing>(declaration.Decide(new Decision(DeclarationStatus.Refused, " ", GiftDestination: GiftDestination.Charity), GiftDestinations.Default, Decider, false, false, Now));
        Assert.IsType<NoCondition>(declaration.Decide(new Decision(DeclarationStatus.ApprovedWithConditions, "Omdat.", GiftDestination: GiftDestination.Display), GiftDestinations.Default, Decider, false, false, Now));
        Assert.IsType<UnknownConditions>(declaration.Decide(new Decision(DeclarationStatus.ApprovedWithConditions, "Omdat.", (DecisionConditions)1024, GiftDestination: GiftDestination.Display), GiftDestinations.Default, Decider, false, false, Now));
        Assert.IsType<DecisionTextTooLong>(declaration.Decide(new Decision(DeclarationStatus.Refused, new string('m', DeclarationTexts.Motivation + 1)), GiftDestinations.Default, Decider, false, false, Now));
        Assert.Equal(DeclarationStatus.Submitted, declaration.Status);
    }

    [Fact]
    public void A_gift_decision_says_where_the_gift_goes_and_other_types_have_no_destination()
    {
        var gift = new DeclarationBuilder { DeciderId = Decider }.Build();
        var side = (DeclarationBuilder.SideActivity() with { DeciderId = Decider }).Build();

        Assert.IsType<NoGiftDestination>(gift.Decide(new Decision(DeclarationStatus.Approved, null), GiftDestinations.Default, Decider, false, false, Now));
        Assert.Null(side.Decide(new Decision(DeclarationStatus.Approved, null, GiftDestination: GiftDestination.Keep), GiftDestinations.Default, Decider, false, false, Now));
        Assert.Null(side.GiftDestination);
    }

    [Fact]
    public void An_officer_decides_what_no_one_in_the_line_could_and_nobody_else_does()
    {
        var declaration = new DeclarationBuilder { DeciderId = null }.Build();
        var approve = new Decision(DeclarationStatus.Approved, null, GiftDestination: GiftDestination.Display);

        Assert.IsType<NotRoutedToYou>(declaration.Decide(approve, GiftDestinations.Default, Guid.NewGuid(), false, deciderIsOfficer: false, Now));
        Assert.Null(declaration.Decide(approve, GiftDestinations.Default, Guid.NewGuid(), false, deciderIsOfficer: true, Now));
    }

    [Fact]
    public void Only_the_employee_responds_after_the_decision_once_in_words_that_fit()
    {
        var waiting = new DeclarationBuilder().Build();
        var decided = Decided(new DeclarationBuilder());

        Assert.IsType<NotDecidedYet>(waiting.Respond(waiting.EmployeeId, "Graag snel.", Now));
        Assert.IsType<NotTheDeclarant>(decided.Respond(Guid.NewGuid(), "Ik ook.", Now));
        Assert.IsType<ResponseMissing>(decided.Respond(decided.EmployeeId, "  ", Now));
        Assert.IsType<ResponseTooLong>(decided.Respond(decided.EmployeeId, new string('r', DeclarationTexts.EmployeeResponse + 1), Now));
        Assert.Null(decided.Respond(decided.EmployeeId, " Akkoord. ", Now));
        Assert.Equal("Akkoord.", decided.EmployeeResponse);
    }

    [Fact]
    public void Only_the_employee_ends_a_side_activity_once_and_not_before_it_began()
    {
        var side = DeclarationBuilder.SideActivity().Build();
        var gift = new DeclarationBuilder().Build();

        Assert.IsType<NotOwnSideActivity>(side.End(Guid.NewGuid(), new DateOnly(2026, 6, 1), Now));
        Assert.IsType<NotOwnSideActivity>(gift.End(gift.EmployeeId, new DateOnly(2026, 6, 1), Now));
        Assert.IsType<EndDateInvalid>(side.End(side.EmployeeId, new DateOnly(2025, 12, 31), Now));
        Assert.IsType<EndDateInvalid>(side.End(side.EmployeeId, null, Now));
        Assert.Null(side.End(side.EmployeeId, new DateOnly(2026, 6, 1), Now));
        Assert.IsType<AlreadyEndedOrChanged>(side.End(side.EmployeeId, new DateOnly(2026, 7, 1), Now));
        Assert.False(side.IsCurrentOn(new DateOnly(2026, 6, 2)));
        Assert.Equal(Now, side.EndReportedAt);
    }

    [Fact]
    public void Only_an_approved_current_side_activity_is_published_and_the_first_publication_counts()
    {
        var waiting = DeclarationBuilder.SideActivity().Build();
        var gift = Decided(new DeclarationBuilder());
        var side = Decided(DeclarationBuilder.SideActivity());
        var replaced = Decided(DeclarationBuilder.SideActivity());
        _ = (DeclarationBuilder.SideActivity() with { EmployeeId = replaced.EmployeeId, Previous = replaced }).Build();

        Assert.IsType<NotAnApprovedSideActivity>(waiting.Publish(Now));
        Assert.IsType<NotAnApprovedSideActivity>(gift.Publish(Now));
        Assert.IsType<NewerVersionExists>(replaced.Publish(Now));
        Assert.Null(side.Publish(Now));
        Assert.Null(side.Publish(Now.AddDays(1)));
        Assert.Equal(Now, side.PublishedAt);
    }

    [Fact]
    public void A_waiting_declaration_is_reminded_once_then_escalates_never_to_its_own_employee()
    {
        var declaration = new DeclarationBuilder().Build();

        declaration.MarkReminded(Now);
        Assert.Throws<InvalidOperationException>(() => declaration.MarkReminded(Now));
        Assert.Throws<InvalidOperationException>(() => declaration.Escalate(declaration.EmployeeId, Now));
        declaration.Escalate(null, Now.AddDays(1));

        Assert.Equal(Now, declaration.ReminderSentAt);
        Assert.Null(declaration.DeciderId);
        Assert.Equal(Now.AddDays(1), declaration.EscalatedAt);
        Assert.Throws<InvalidOperationException>(() => Decided(new DeclarationBuilder()).Escalate(null, Now));
    }
}
