using System.Reflection;

namespace Loket.Policy.Tests.Engine;

// Issue 15 point 3: a declaration field is declared once, on its record; the rule codes, the JSON
// contract and the questions are read from that one declaration.
public class FieldDeclarationTests
{
    public static TheoryData<DeclarationType> Types => [.. Enum.GetValues<DeclarationType>()];

    /// <summary>A stated answer of the field's kind, different from "not stated".</summary>
    private static object Sample(DeclarationField field) => field.Kind switch
    {
        FieldKind.Flag => true,
        FieldKind.GiftValue => 42.5m,
        FieldKind.Months => 7,
        FieldKind.Choice => field.Choices[^1].Value,
        _ => throw new InvalidOperationException(),
    };

    private static Declaration Full(DeclarationType type) =>
        DeclarationFields.Declared(type).Aggregate(DeclarationFields.Empty(type), (d, f) => f.With(d, Sample(f)));

    [Theory, MemberData(nameof(Types))]
    public void Every_property_of_the_engine_input_has_exactly_one_field_declaration_and_each_field_sets_only_its_own(DeclarationType type)
    {
        var empty = DeclarationFields.Empty(type);
        var properties = empty.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != nameof(Declaration.Type)).ToList();
        var fields = DeclarationFields.Declared(type);

        Assert.Equal(properties.Count, fields.Count);
        Assert.Equal(fields.Count, fields.Select(f => f.Name).Distinct().Count());
        foreach (var field in fields)
        {
            var changed = properties.Where(p => !Equals(p.GetValue(empty), p.GetValue(field.With(empty, Sample(field))))).Select(p => p.Name).ToList();
            Assert.Equal([char.ToUpperInvariant(field.Name[0]) + field.Name[1..]], changed);
            Assert.Equal(Sample(field), field.Answer(field.With(empty, Sample(field))));
        }
    }

    [Theory, MemberData(nameof(Types))]
    public void The_contract_json_is_written_and_read_from_the_same_declarations(DeclarationType type)
    {
        var full = Full(type);

        var parsed = DeclarationJson.Parse(DeclarationJson.Write(full));

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
        Assert.Equal(full, parsed.Input!.Declaration);
        Assert.Equal($"{{\"type\":\"{type.Name()}\"}}", DeclarationJson.Write(DeclarationFields.Empty(type)));
    }

    [Theory, MemberData(nameof(Types))]
    public void Rules_see_each_declared_field_with_its_question_in_the_declared_order(DeclarationType type)
    {
        var declared = DeclarationFields.Declared(type);
        var testable = DeclarationFields.For(type).Where(f => !f.FromContext).ToList();

        Assert.Equal(declared.Select(f => (f.Name, f.Kind, f.Question)), testable.Select(f => (f.Name, f.Kind, f.Question)));
        Assert.All(declared, f => Assert.Equal(f.Question, FieldLabels.Question(f.Name)));
        Assert.All(declared.Where(f => f.Kind == FieldKind.Choice), f => Assert.Equal([.. f.Choices.Select(c => c.Value), "unknown"], f.Values));
    }
}
