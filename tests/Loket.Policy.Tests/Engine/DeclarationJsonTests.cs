namespace Loket.Policy.Tests.Engine;

// The JSON of the `loket check` contract, shared with the web API: flat or nested, strict, Dutch errors.
public class DeclarationJsonTests
{
    [Fact]
    public void Flat_and_nested_fields_give_the_same_declaration()
    {
        var flat = DeclarationJson.Parse("""{"type":"gift","valueEur":60,"status":"accepted","form":"voucher"}""");
        var nested = DeclarationJson.Parse("""{"type":"gift","gift":{"valueEur":60,"status":"accepted","form":"voucher"}}""");
        Assert.True(flat.IsValid);
        Assert.True(nested.IsValid);
        Assert.Equal(flat.Input!.Declaration, nested.Input!.Declaration);
        Assert.Equal(new GiftDeclaration { ValueEur = 60m, Status = GiftStatus.Accepted, Form = GiftForm.Voucher }, flat.Input.Declaration);
    }

    [Fact]
    public void Date_and_function_flags_travel_with_the_declaration()
    {
        var parsed = DeclarationJson.Parse("""{"type":"side-activity","date":"2026-03-01","side-activity":{"paid":true,"topOfficial":true},"departmentNoGiftsAtAll":true}""");
        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
        var context = parsed.Input!.ToContext(new DateOnly(2000, 1, 1));
        Assert.Equal(new DateOnly(2026, 3, 1), context.Date);
        Assert.True(context.IsTopOfficial);
        Assert.True(context.Department.NoGiftsAtAll);
    }

    [Fact]
    public void Without_a_date_the_callers_today_is_used()
    {
        var parsed = DeclarationJson.Parse("""{"type":"gift"}""");
        Assert.Equal(new DateOnly(2026, 11, 25), parsed.Input!.ToContext(new DateOnly(2026, 11, 25)).Date);
    }

    [Fact]
    public void A_former_colleague_hire_takes_months_since_leaving()
    {
        var parsed = DeclarationJson.Parse("""{"type":"former-colleague-hire","monthsSinceLeaving":18}""");
        Assert.Equal(new FormerColleagueHireDeclaration { MonthsSinceLeaving = 18 }, parsed.Input!.Declaration);
    }

    [Theory]
    [InlineData("", "Geen geldige JSON")]
    [InlineData("[1,2]", "Verwacht één JSON-object")]
    [InlineData("""{"valueEur":10}""", "Het veld 'type' ontbreekt")]
    [InlineData("""{"type":"cadeau"}""", "Onbekend type \"cadeau\"")]
    [InlineData("""{"type":"gift","valuEur":10}""", "Onbekend veld 'valuEur' bij een geschenk")]
    [InlineData("""{"type":"gift","valueEur":"tien"}""", "Het veld 'valueEur' moet een bedrag in euro's zijn")]
    [InlineData("""{"type":"gift","valueEur":-5}""", "Het veld 'valueEur' moet een bedrag in euro's zijn")]
    [InlineData("""{"type":"gift","status":"gestolen"}""", "Het veld 'status' moet een van offered, accepted, declined, promised zijn")]
    [InlineData("""{"type":"gift","deliveredAtHome":"ja"}""", "Het veld 'deliveredAtHome' moet true of false zijn")]
    [InlineData("""{"type":"gift","date":"25-11-2026"}""", "Het veld 'date' moet een datum zijn")]
    [InlineData("""{"type":"gift","invitation":{"kind":"meal"}}""", "Het object 'invitation' past niet bij type 'gift'")]
    [InlineData("""{"type":"gift","valueEur":10,"gift":{"valueEur":20}}""", "Het veld 'valueEur' staat er twee keer in")]
    [InlineData("""{"type":"invitation","kind":"boat"}""", "Het veld 'kind' moet een van meal, event, trip, conference zijn")]
    [InlineData("""{"type":"former-colleague-hire","monthsSinceLeaving":1.5}""", "Het veld 'monthsSinceLeaving' moet een geheel getal")]
    public void Invalid_input_is_refused_with_a_Dutch_message(string json, string message)
    {
        var parsed = DeclarationJson.Parse(json);
        Assert.False(parsed.IsValid);
        Assert.Null(parsed.Input);
        Assert.Contains(parsed.Errors, e => e.Contains(message, StringComparison.Ordinal));
    }
}

public class FieldLabelTests
{
    [Fact]
    public void Every_field_a_rule_can_test_has_a_Dutch_question_for_the_form()
    {
        foreach (var type in Enum.GetValues<DeclarationType>())
        {
            Assert.All(DeclarationFields.For(type), f => Assert.EndsWith("?", FieldLabels.Question(f.Name), StringComparison.Ordinal));
        }
    }
}
