using Loket.Policy;
using Loket.Web.Declarations;
using Loket.Web.Registers;
using Loket.Web.Tests.Infrastructure;

namespace Loket.Web.Tests.Declarations;

// Issue 15 point 3: each question is declared once (DeclarationFields.Declared, on the engine's records)
// and the form, the answers in words, the engine's typed input and the register export follow from it.
public sealed class FieldDeclarationTests
{
    public static TheoryData<DeclarationType> Types => [.. Enum.GetValues<DeclarationType>()];

    private static string Typed(DeclarationField field) => field.Kind switch
    {
        FieldKind.Flag => "false",
        FieldKind.GiftValue => "€ 1.250,50",
        FieldKind.Months => "18",
        _ => field.Choices[0].Value,
    };

    [Theory, MemberData(nameof(Types))]
    public void The_form_answers_become_the_engines_typed_record_and_come_back_as_typed(DeclarationType type)
    {
        var posted = DeclarationFields.Declared(type).ToDictionary(f => f.Name, f => (string?)Typed(f));

        var (declaration, errors) = FormAnswers.Read(type, posted);

        Assert.Empty(errors);
        Assert.All(DeclarationFields.Declared(type), f => Assert.NotNull(f.Answer(declaration)));
        Assert.Equal(declaration, FormAnswers.Read(type, FormAnswers.Write(declaration)).Declaration);
        Assert.Equal(
            DeclarationFields.Declared(type).Select(f => f.Question),
            DeclaredAnswers.Read(declaration).Select(l => l.Question));
        Assert.DoesNotContain(DeclaredAnswers.Unknown, DeclaredAnswers.Read(type, DeclarationJson.Write(declaration)).Select(l => l.Answer));
        Assert.Equal(DeclarationFields.Declared(type).Select(f => f.Question), AnswerColumns.Header(type));
    }

    [Fact]
    public void A_choice_is_shown_with_its_declared_label_and_an_amount_in_Dutch()
    {
        var gift = new GiftDeclaration { Form = GiftForm.BusinessAttention, ValueEur = 12.5m };

        var lines = DeclaredAnswers.Read(gift).ToDictionary(l => l.Field, l => l.Answer);

        Assert.Equal("Relatiegeschenk (pen, agenda)", lines["form"]);
        Assert.Equal("€ 12,50", lines["valueEur"]);
        Assert.Equal(DeclaredAnswers.Unknown, lines["status"]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Every_declared_question_is_on_its_form_and_in_its_register_export(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var mila = app.CreateLoketClient();
        await mila.LoginAsDemoAsync("leiden", "medewerker");
        using var iris = app.CreateLoketClient();
        await iris.LoginAsDemoAsync("leiden", "integriteit");

        foreach (var declarationKind in DeclarationKinds.All)
        {
            var (_, form) = await mila.GetPageAsync($"/meldingen/nieuw/{declarationKind.Slug}");
            var csv = await iris.Http.GetStringAsync($"/registers/{declarationKind.RegisterSlug}/export.csv");
            var header = csv.Split('\n')[0];
            var asked = form.QuerySelectorAll("form.loket-declaration-form label, form.loket-declaration-form legend").Select(l => l.TextContent.Trim()).ToList();

            // Nothing is answered for the employee: not even "Weet ik niet" is checked on a fresh form.
            Assert.Empty(form.QuerySelectorAll("form.loket-declaration-form input[type=radio][checked]"));
            Assert.All(DeclarationFields.Declared(declarationKind.Type), field =>
            {
                Assert.Contains(field.Question, asked);
                Assert.Contains(field.Question, header, StringComparison.Ordinal);
            });
        }
    }
}
