using System.Globalization;
using System.Text.Json;

namespace Loket.Policy;

/// <summary>Collects the fields of one declaration, flat or nested, then builds the record.</summary>
internal sealed class DeclarationFieldReader(DeclarationType type)
{
    // Fields every declaration may carry besides its own: the date and the context flags.
    private static readonly string[] CommonFields = ["type", "date", "designatedForFinancialInterests", "topOfficial", "departmentNoGiftsAtAll"];

    private readonly Dictionary<string, JsonElement> values = new(StringComparer.Ordinal);
    private readonly List<string> errors = [];
    private readonly HashSet<string> known = [.. DeclarationFields.For(type).Where(f => !f.FromContext).Select(f => f.Name)];

    public void Collect(JsonElement root)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (property.Name == type.Name() && property.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var nested in property.Value.EnumerateObject())
                {
                    // The contract lists topOfficial under side-activity; it is a function flag.
                    Add(nested, allowCommon: nested.Name == "topOfficial");
                }
            }
            else if (DeclarationTypeNames.TryParse(property.Name, out var other))
            {
                errors.Add($"Het object '{property.Name}' past niet bij type '{type.Name()}'" +
                    (other == type ? "; het moet een JSON-object zijn." : "."));
            }
            else
            {
                Add(property, allowCommon: true);
            }
        }
    }

    private void Add(JsonProperty property, bool allowCommon)
    {
        var isCommon = allowCommon && CommonFields.Contains(property.Name);
        if (!isCommon && !known.Contains(property.Name))
        {
            errors.Add($"Onbekend veld '{property.Name}' bij een {type.DutchLabel()}; toegestaan: {string.Join(", ", CommonFields.Concat(known))}.");
        }
        else if (!values.TryAdd(property.Name, property.Value.Clone()))
        {
            errors.Add($"Het veld '{property.Name}' staat er twee keer in.");
        }
    }

    public DeclarationParseResult Build()
    {
        var declaration = BuildDeclaration();
        var date = Date();
        var input = new DeclarationInput(declaration, date,
            Flag("designatedForFinancialInterests") ?? false, Flag("topOfficial") ?? false, Flag("departmentNoGiftsAtAll") ?? false);
        return errors.Count > 0 ? new DeclarationParseResult(null, errors) : new DeclarationParseResult(input, []);
    }

    private Declaration BuildDeclaration() => type switch
    {
        DeclarationType.Gift => new GiftDeclaration
        {
            ValueEur = Amount("valueEur"),
            Status = Choice<GiftStatus>("status"),
            Form = Choice<GiftForm>("form"),
            DeliveredAtHome = Flag("deliveredAtHome"),
            GiverAwaitsDecision = Flag("giverAwaitsDecision"),
            DuringNegotiation = Flag("duringNegotiation"),
            Unexplained = Flag("unexplained"),
            ChristmasPackage = Flag("christmasPackage"),
        },
        DeclarationType.Invitation => new InvitationDeclaration
        {
            Kind = Choice<InvitationKind>("kind"),
            Functional = Flag("functional"),
            TravelOrStayPaidByOthers = Flag("travelOrStayPaidByOthers"),
            DuringNegotiation = Flag("duringNegotiation"),
            NewBusinessPartner = Flag("newBusinessPartner"),
        },
        DeclarationType.SideActivity => new SideActivityDeclaration
        {
            Paid = Flag("paid"),
            RelatedToOwnWork = Flag("relatedToOwnWork"),
            OrganisationDealsWithMunicipality = Flag("organisationDealsWithMunicipality"),
            ConflictsWithMunicipalInterests = Flag("conflictsWithMunicipalInterests"),
            RiskOfDamage = Flag("riskOfDamage"),
            DuringWorkingHours = Flag("duringWorkingHours"),
            UsesMunicipalResources = Flag("usesMunicipalResources"),
            SelfEmployedForMunicipality = Flag("selfEmployedForMunicipality"),
            BenefitsFromSuppliesToMunicipality = Flag("benefitsFromSuppliesToMunicipality"),
        },
        DeclarationType.FinancialInterest => new FinancialInterestDeclaration
        {
            RelatedToOwnWork = Flag("relatedToOwnWork"),
            OrganisationDealsWithMunicipality = Flag("organisationDealsWithMunicipality"),
            Securities = Flag("securities"),
            BenefitsFromSuppliesToMunicipality = Flag("benefitsFromSuppliesToMunicipality"),
        },
        DeclarationType.Relationship => new RelationshipDeclaration
        {
            WithColleague = Flag("withColleague"),
            WithExternalRelation = Flag("withExternalRelation"),
            Hierarchical = Flag("hierarchical"),
            AssessEachOthersWork = Flag("assessEachOthersWork"),
            HandlesTheirMatter = Flag("handlesTheirMatter"),
            IntegrityRisk = Flag("integrityRisk"),
        },
        DeclarationType.PrivateCircumstance => new PrivateCircumstanceDeclaration
        {
            Debts = Flag("debts"),
            SuspectedOfCrime = Flag("suspectedOfCrime"),
            CriminalCircles = Flag("criminalCircles"),
            RaidOrEviction = Flag("raidOrEviction"),
            CriminalActivityAtHome = Flag("criminalActivityAtHome"),
            LoansToColleagues = Flag("loansToColleagues"),
        },
        DeclarationType.FormerColleagueHire => new FormerColleagueHireDeclaration
        {
            MonthsSinceLeaving = WholeNumber("monthsSinceLeaving"),
            SelfEmployedOrViaThirdParty = Flag("selfEmployedOrViaThirdParty"),
        },
        _ => throw new InvalidOperationException($"Type {type} heeft geen JSON-lezer."),
    };

    private JsonElement? Value(string name) =>
        values.TryGetValue(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    private bool? Flag(string name)
    {
        if (Value(name) is not { } v)
        {
            return null;
        }

        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return v.GetBoolean();
        }

        errors.Add($"Het veld '{name}' moet true of false zijn, niet {v.GetRawText()}.");
        return null;
    }

    private decimal? Amount(string name)
    {
        if (Value(name) is not { } v)
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var amount) && amount >= 0)
        {
            return amount;
        }

        errors.Add($"Het veld '{name}' moet een bedrag in euro's zijn (een getal van 0 of meer), niet {v.GetRawText()}.");
        return null;
    }

    private int? WholeNumber(string name)
    {
        if (Value(name) is not { } v)
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var number) && number >= 0)
        {
            return number;
        }

        errors.Add($"Het veld '{name}' moet een geheel getal van 0 of meer zijn, niet {v.GetRawText()}.");
        return null;
    }

    private TEnum? Choice<TEnum>(string name)
        where TEnum : struct, Enum
    {
        if (Value(name) is not { } v)
        {
            return null;
        }

        var options = DeclarationFields.For(type).Single(f => f.Name == name).Values.Where(o => o != "unknown").ToList();
        var index = v.ValueKind == JsonValueKind.String ? options.IndexOf(v.GetString()!) : -1;
        if (index >= 0)
        {
            return Enum.GetValues<TEnum>()[index];
        }

        errors.Add($"Het veld '{name}' moet een van {string.Join(", ", options)} zijn, niet {v.GetRawText()}.");
        return null;
    }

    private DateOnly? Date()
    {
        if (Value("date") is not { } v)
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(v.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add($"Het veld 'date' moet een datum zijn in de vorm \"JJJJ-MM-DD\", niet {v.GetRawText()}.");
        return null;
    }
}
