using Loket.Web.Infrastructure.Time;
using Loket.Web.Onboarding;
using Loket.Web.People;

namespace Loket.Web.Tests.Onboarding;

/// <summary>Issue 19 point 2: what each municipality's code puts on a new person's list, and what the functions map adds.</summary>
public sealed class ChecklistRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private static Employee Person(EmploymentType type, DateOnly? start = null) => new()
    {
        TenantId = Guid.NewGuid(),
        EmployeeNumber = "9001",
        Name = "Nina Nieuw",
        EmploymentType = type,
        StartDate = start ?? new DateOnly(2026, 12, 7),
    };

    private static JobFunction Function(string letters = "LLLLLLLL") => new() { Code = "X", Name = "Medewerker belastingen", RiskProfile = new RiskProfile(letters) };

    private static string Kinds(string slug, EmploymentType type, JobFunction? function = null) =>
        string.Join(",", Checklist.Open(Person(type), function, OnboardingCodes.For(slug), Now, null).Items.Select(i => i.Kind));

    [Theory]
    [InlineData("leiden", EmploymentType.Ambtenaar, "Oath")]
    [InlineData("leiden", EmploymentType.Inhuurkracht, "Statement")]
    [InlineData("leiden", EmploymentType.Uitzendkracht, "Statement")]
    [InlineData("leiden", EmploymentType.Stagiair, "")]
    [InlineData("leiderdorp", EmploymentType.Ambtenaar, "Oath")]
    [InlineData("leiderdorp", EmploymentType.Inhuurkracht, "Statement")]
    [InlineData("alphen-aan-den-rijn", EmploymentType.Ambtenaar, "Vog,IntroductionTraining,Oath,CodeReceipt")]
    [InlineData("alphen-aan-den-rijn", EmploymentType.Stagiair, "Statement,Vog,IntroductionTraining,Oath,CodeReceipt")]
    [InlineData("alphen-aan-den-rijn", EmploymentType.Inhuurkracht, "Statement,CodeReceipt")]
    [InlineData("s-hertogenbosch", EmploymentType.Ambtenaar, "Oath")]
    [InlineData("s-hertogenbosch", EmploymentType.Inhuurkracht, "")]
    [InlineData("leidschendam-voorburg", EmploymentType.Ambtenaar, "Vog,IntroductionTraining,Oath")]
    [InlineData("leidschendam-voorburg", EmploymentType.Stagiair, "Statement")]
    [InlineData("leidschendam-voorburg", EmploymentType.Uitzendkracht, "Statement")]
    [InlineData("elders", EmploymentType.Ambtenaar, "Oath")]
    public void Each_code_puts_its_own_items_on_the_list_by_employment_type(string slug, EmploymentType type, string expected) =>
        Assert.Equal(expected, Kinds(slug, type));

    [Fact]
    public void A_silent_code_says_so_and_the_oath_cites_the_law_where_no_code_is_known()
    {
        var bosch = OnboardingCodes.For("s-hertogenbosch");
        var elsewhere = OnboardingCodes.For("elders");

        Assert.Equal("De gedragscode van 's-Hertogenbosch zegt niets over een VOG. Vraagt de functiekaart er een, dan staat die op de lijst (Justis-screeningsprofiel van de functie).", bosch.WhyNot(ItemKind.Vog, EmploymentType.Ambtenaar));
        Assert.Contains("Ambtenarenwet 2017 art. 7", bosch.WhyNot(ItemKind.Statement, EmploymentType.Inhuurkracht), StringComparison.Ordinal);
        Assert.Equal("De gedragscode van Leiden vraagt dit van ingehuurde medewerkers en uitzendkrachten (1), niet van stagiairs.", OnboardingCodes.For("leiden").WhyNot(ItemKind.Statement, EmploymentType.Stagiair));
        Assert.Equal("Ambtenarenwet 2017 art. 7", elsewhere.Requirements.Single().Citation);
    }

    [Theory]
    [InlineData("leiden", "Leiden", "Integriteitverklaring gemeente Leiden")]
    [InlineData("leiderdorp", "Leiderdorp", "Integriteitverklaring gemeente Leiderdorp")]
    [InlineData("alphen-aan-den-rijn", "Alphen aan den Rijn", "Geheimhoudingsverklaring gemeente Alphen aan den Rijn")]
    [InlineData("leidschendam-voorburg", "Leidschendam-Voorburg", "Integriteitsverklaring gemeente Leidschendam-Voorburg")]
    public void Each_municipality_has_its_own_statement_text_naming_no_other_municipality(string slug, string own, string title)
    {
        var statement = OnboardingCodes.For(slug).Statement!;
        string[] all = ["Leiden", "Leiderdorp", "Alphen aan den Rijn", "Hertogenbosch", "Leidschendam-Voorburg"];

        Assert.Equal(title, statement.Title);
        Assert.Contains(own, statement.Body, StringComparison.Ordinal);
        Assert.All(all.Where(name => name != own), name => Assert.DoesNotContain(name, statement.Body + statement.Source, StringComparison.Ordinal));
    }

    [Fact]
    public void Only_s_Hertogenbosch_prints_its_own_formula_and_it_keeps_its_five_commitments()
    {
        var formula = OnboardingCodes.For("s-hertogenbosch").Formula!;

        Assert.Equal(5, formula.Text.Split('\n').Count(l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal)));
        Assert.StartsWith("Gedragscode integriteit gemeente 's-Hertogenbosch, 1.3", formula.Source, StringComparison.Ordinal);
        Assert.All(new[] { "leiden", "leiderdorp", "alphen-aan-den-rijn", "leidschendam-voorburg" }, slug => Assert.Null(OnboardingCodes.For(slug).Formula));
    }

    [Fact]
    public void The_functions_map_adds_a_VOG_with_its_areas_and_the_vulnerable_function_training_where_the_code_is_silent()
    {
        var function = Function("LHLLLLMH");
        var checklist = Checklist.Open(Person(EmploymentType.Ambtenaar), function, OnboardingCodes.For("leiden"), Now, null);

        Assert.Equal("Vog,Oath,VulnerableFunctionTraining", string.Join(",", checklist.Items.Select(i => i.Kind)));
        Assert.Equal("functiekaart: Medewerker belastingen", checklist.Item(ItemKind.Vog)!.Citation);
        Assert.Equal("algemeen screeningsprofiel: geld, aansturen organisatie, personen", FunctionDuties.Of(function).VogProfile);
        Assert.DoesNotContain(Checklist.Open(Person(EmploymentType.Ambtenaar), Function(), OnboardingCodes.For("leiden"), Now, null).Items, i => i.Kind == ItemKind.Vog);
    }

    [Fact]
    public void In_Leidschendam_Voorburg_the_oath_is_refused_until_the_moral_judgement_training_is_recorded()
    {
        var code = OnboardingCodes.For("leidschendam-voorburg");
        var checklist = Checklist.Open(Person(EmploymentType.Ambtenaar, new DateOnly(2026, 11, 2)), null, code, Now, null);
        var oath = new OathRecord("Formule", "Ik zweer …", "Uitvoeringsbesluit Ambtenarenwet 2017, bijlage", OathForm.Promise, new DateOnly(2026, 11, 20), "Leidschendam", "Sander Secretaris", "Hanna HR", Now);
        var today = new DateOnly(2026, 11, 25);

        var before = checklist.RecordOath(oath, code, today);
        Assert.Null(checklist.RecordTraining(ItemKind.IntroductionTraining, new DateOnly(2026, 11, 20), "Bureau Dilemma", today));
        var sameDay = checklist.RecordOath(oath, code, today);

        Assert.IsType<TrainingBeforeOath>(before);
        Assert.Contains("Nadat deze training is afgelegd, wordt de eed of belofte afgelegd.", before!.Message, StringComparison.Ordinal);
        Assert.Null(sameDay);
        Assert.True(checklist.Item(ItemKind.Oath)!.IsDone);
    }

    [Fact]
    public void Elsewhere_the_oath_needs_no_training_first_but_never_a_formula_without_source()
    {
        var code = OnboardingCodes.For("alphen-aan-den-rijn");
        var checklist = Checklist.Open(Person(EmploymentType.Ambtenaar, new DateOnly(2026, 11, 2)), null, code, Now, null);
        var today = new DateOnly(2026, 11, 25);
        var unsourced = new OathRecord("Formule", "Ik beloof …", " ", OathForm.Promise, today, "Alphen aan den Rijn", "Sander Secretaris", "Hanna HR", Now);

        Assert.IsType<FormulaWithoutSource>(checklist.RecordOath(unsourced, code, today));
        Assert.IsType<FormulaWithoutSource>(OathFormula.Register(Guid.NewGuid(), "Eigen formule", "Ik beloof …", "", null, Now).Refusal);
        Assert.Null(checklist.RecordOath(unsourced with { FormulaSource = "Stb. 2020, 384" }, code, today));
    }

    [Fact]
    public void The_statement_is_due_on_the_last_working_day_before_the_start_and_working_days_skip_dutch_public_holidays()
    {
        // Tuesday 29 December 2026: the Monday before is the last working day; Christmas (Friday 25) is no working day.
        Assert.Equal(new DateOnly(2026, 12, 28), Deadlines.For(ItemKind.Statement, new DateOnly(2026, 12, 29)));
        Assert.Equal(new DateOnly(2026, 12, 22), DutchWorkingDays.Add(new DateOnly(2026, 12, 28), -3));
        // King's Day 2027 is a Tuesday; 5 May counts every year.
        Assert.Equal(new DateOnly(2027, 4, 28), DutchWorkingDays.Add(new DateOnly(2027, 4, 26), 1));
        Assert.False(DutchWorkingDays.IsWorkingDay(new DateOnly(2026, 5, 5)));
    }
}
