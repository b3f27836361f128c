using static Loket.Policy.Tests.Codes;

namespace Loket.Policy.Tests.Engine;

// Properties over many generated declarations (seeded, so a failure reproduces).
public class PropertyTests
{
    private static readonly decimal[] Values = [0m, 0.01m, 10m, 24.99m, 49.99m, 50m, 50.01m, 75m, 100m, 1000m];

    [Fact]
    public void Money_is_never_groen_in_any_code()
    {
        foreach (var tenant in Tenants)
        {
            foreach (var gift in Gifts().Where(g => g.Form == GiftForm.Money))
            {
                var evaluation = Check(tenant, gift);
                Assert.True(evaluation.Verdict != Verdict.Groen, $"{tenant}: {gift} {Describe(evaluation)}");
            }
        }
    }

    [Fact]
    public void Raising_a_gifts_value_never_improves_the_verdict()
    {
        foreach (var tenant in Tenants)
        {
            foreach (var gift in Gifts())
            {
                var previous = Verdict.Groen;
                foreach (var value in Values)
                {
                    var verdict = Check(tenant, gift with { ValueEur = value }).Verdict;
                    Assert.True(verdict >= previous, $"{tenant}: {gift} at €{value} is {verdict}, lower than {previous}");
                    previous = verdict;
                }
            }
        }
    }

    [Fact]
    public void A_silent_code_never_says_groen_where_another_code_says_rood()
    {
        // Leidschendam-Voorburg is the code that is silent on most questions.
        foreach (var declaration in AllDeclarations())
        {
            var forbiddenElsewhere = Tenants.Where(t => t != TenantNames.LeidschendamVoorburg)
                .Where(t => Check(t, declaration).Verdict == Verdict.Rood).ToList();
            if (forbiddenElsewhere.Count == 0)
            {
                continue;
            }

            var silent = Check(TenantNames.LeidschendamVoorburg, declaration);
            Assert.True(silent.Verdict != Verdict.Groen,
                $"{declaration} is rood in {string.Join(", ", forbiddenElsewhere)} but groen in Leidschendam-Voorburg: {Describe(silent)}");
        }
    }

    [Fact]
    public void Groen_always_comes_from_a_rule_of_the_code_never_from_silence()
    {
        foreach (var tenant in Tenants)
        {
            foreach (var declaration in AllDeclarations())
            {
                var evaluation = Check(tenant, declaration);
                Assert.NotEmpty(evaluation.Reasons);
                if (evaluation.Reasons.All(r => r.Kind == ReasonKind.Silence))
                {
                    Assert.Equal(Verdict.Oranje, evaluation.Verdict);
                }
            }
        }
    }

    [Fact]
    public void The_verdict_is_the_worst_colour_of_the_rules_that_fired_and_obligations_are_their_union()
    {
        foreach (var tenant in Tenants)
        {
            foreach (var declaration in AllDeclarations())
            {
                var evaluation = Check(tenant, declaration);
                Assert.Equal(evaluation.Reasons.Max(r => r.Verdict), evaluation.Verdict);
                var union = evaluation.Reasons.SelectMany(r => r.Obligations).Distinct().Order();
                Assert.Equal(union, evaluation.Obligations);
            }
        }
    }

    [Fact]
    public void Evaluating_twice_gives_the_same_answer()
    {
        foreach (var tenant in Tenants)
        {
            foreach (var declaration in AllDeclarations().Take(300))
            {
                var first = Check(tenant, declaration);
                var second = Check(tenant, declaration);
                Assert.Equal(first.Verdict, second.Verdict);
                Assert.Equal(first.Obligations, second.Obligations);
                Assert.Equal(first.Reasons, second.Reasons);
            }
        }
    }

    internal static IEnumerable<GiftDeclaration> Gifts()
    {
        var random = new Random(20251209);
        GiftStatus?[] statuses = [null, .. Enum.GetValues<GiftStatus>()];
        GiftForm?[] forms = [null, .. Enum.GetValues<GiftForm>()];
        for (var i = 0; i < 400; i++)
        {
            yield return new GiftDeclaration
            {
                ValueEur = random.Next(5) == 0 ? null : Values[random.Next(Values.Length)],
                Status = statuses[random.Next(statuses.Length)],
                Form = forms[random.Next(forms.Length)],
                DeliveredAtHome = Flag(random),
                GiverAwaitsDecision = Flag(random),
                DuringNegotiation = Flag(random),
                Unexplained = Flag(random),
                ChristmasPackage = Flag(random),
            };
        }
    }

    internal static IEnumerable<Declaration> AllDeclarations()
    {
        var random = new Random(20190903);
        foreach (var gift in Gifts())
        {
            yield return gift;
        }

        InvitationKind?[] kinds = [null, .. Enum.GetValues<InvitationKind>()];
        for (var i = 0; i < 200; i++)
        {
            yield return new InvitationDeclaration
            {
                Kind = kinds[random.Next(kinds.Length)],
                Functional = Flag(random),
                TravelOrStayPaidByOthers = Flag(random),
                DuringNegotiation = Flag(random),
                NewBusinessPartner = Flag(random),
            };
            yield return new SideActivityDeclaration
            {
                Paid = Flag(random),
                RelatedToOwnWork = Flag(random),
                OrganisationDealsWithMunicipality = Flag(random),
                ConflictsWithMunicipalInterests = Flag(random),
                RiskOfDamage = Flag(random),
                DuringWorkingHours = Flag(random),
                UsesMunicipalResources = Flag(random),
                SelfEmployedForMunicipality = Flag(random),
                BenefitsFromSuppliesToMunicipality = Flag(random),
            };
            yield return new FinancialInterestDeclaration
            {
                RelatedToOwnWork = Flag(random),
                OrganisationDealsWithMunicipality = Flag(random),
                Securities = Flag(random),
                BenefitsFromSuppliesToMunicipality = Flag(random),
            };
            yield return new RelationshipDeclaration
            {
                WithColleague = Flag(random),
                WithExternalRelation = Flag(random),
                Hierarchical = Flag(random),
                AssessEachOthersWork = Flag(random),
                HandlesTheirMatter = Flag(random),
                IntegrityRisk = Flag(random),
            };
            yield return new PrivateCircumstanceDeclaration
            {
                Debts = Flag(random),
                SuspectedOfCrime = Flag(random),
                CriminalCircles = Flag(random),
                RaidOrEviction = Flag(random),
                CriminalActivityAtHome = Flag(random),
                LoansToColleagues = Flag(random),
            };
            yield return new FormerColleagueHireDeclaration
            {
                MonthsSinceLeaving = random.Next(4) == 0 ? null : random.Next(48),
                SelfEmployedOrViaThirdParty = Flag(random),
            };
        }
    }

    private static bool? Flag(Random random) => random.Next(3) switch
    {
        0 => null,
        1 => false,
        _ => true,
    };
}
