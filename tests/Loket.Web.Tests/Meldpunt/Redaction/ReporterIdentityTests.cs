using Loket.Web.Meldpunt.Redaction;

namespace Loket.Web.Tests.Meldpunt.Redaction;

/// <summary>
/// The reporter's identity never reaches a copy: each row tries to get it in another way, with the
/// officer choosing nothing to hide. The copy is then searched folded (case, accents, spaces) and by
/// its digits alone.
/// </summary>
public sealed class ReporterIdentityTests
{
    private static ForcedTerms Fatima()
    {
        var terms = new ForcedTerms();
        terms.AddIdentity("Fatima el Idrissi (f.elidrissi@leiden.nl, 06-12345678)");
        return terms;
    }

    [Theory]
    [InlineData("Ik zag het zelf, Fatima el Idrissi, op 3 maart.")]
    [InlineData("Gemeld door FATIMA EL IDRISSI.")]
    [InlineData("gemeld door fatima idrissi.")]
    [InlineData("Gemeld door Fátima Idríssi.")]
    [InlineData("Gemeld door Fatima\u00A0\u00A0 el \n Idrissi.")]
    [InlineData("Gemeld door Fat\u200Bima Idris\u00ADsi.")]
    [InlineData("Gemeld door FatimaIdrissi.")]
    [InlineData("Dit is de exIdrissi-zaak en de Idrissizaak.")]
    [InlineData("Gemeld door Fatma Idrisi.")]
    [InlineData("Gemeld door I d r i s s i.")]
    [InlineData("Gemeld door I.D.R.I.S.S.I.")]
    [InlineData("Mail naar F.ElIdrissi@Leiden.NL voor meer.")]
    [InlineData("Bel +31 6 1234 5678 of 06 12 34 56 78.")]
    [InlineData("Bel 0612345678.")]
    public void The_reporters_identity_is_hidden_when_the_officer_chooses_nothing(string text)
    {
        var copy = CopyText.Make(text, new Choices([], null, null), Fatima()).Redaction!.Text;

        var folded = FoldedText.Fold(copy).Replace(" ", "", StringComparison.Ordinal);
        foreach (var part in new[] { "fatima", "fatma", "idriss", "idrisi", "elidrissi" })
        {
            Assert.DoesNotContain(part, folded, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("12345678", new string([.. copy.Where(char.IsAsciiDigit)]), StringComparison.Ordinal);
        Assert.Contains(Redactor.Marker, copy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mijn ontvangstcode is 1234 5678 9012 3456.")]
    [InlineData("Code: 1234-5678-9012-3456, bewaard.")]
    [InlineData("Code 1234.5678\n9012.3456 staat op papier.")]
    public void Any_receipt_code_is_hidden_as_it_is_never_stored_in_the_clear(string text)
    {
        var copy = CopyText.Make(text, new Choices([], null, null), new ForcedTerms()).Redaction!.Text;

        Assert.DoesNotContain("3456", copy, StringComparison.Ordinal);
        Assert.DoesNotContain("1234", copy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mijn naam is Kees Bakker. Later zag Bakker het opnieuw.", "bakker")]
    [InlineData("mijn naam is kees en ik werk bij de balie. Kees zag het.", "kees")]
    [InlineData("Ik ben Anouk de Wit en werk hier twee jaar. Anouk weet het zeker.", "anouk")]
    [InlineData("Het geld verdween.\n\nMet vriendelijke groet,\nRoel Smit", "roel")]
    public void A_name_the_reporter_gave_for_themselves_is_hidden_wherever_it_stands(string text, string name)
    {
        var copy = CopyText.Make(text, new Choices([], null, null), new ForcedTerms()).Redaction!.Text;

        Assert.DoesNotContain(name, FoldedText.Fold(copy), StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_reporters_account_is_hidden_by_display_name_login_address_and_tag()
    {
        var terms = new ForcedTerms();
        terms.AddIdentity("medewerker@leiden (account 0193a5d2-7c1e-7b7a-9b1f-1f2e3d4c5b6a)");
        terms.AddAccount("medewerker@leiden", "Mila Medewerker", "mila.medewerker@leiden.nl");
        terms.AddPhrase("Qm9ndXMtdGFnLXZhbHVl");
        var text = "Mila meldt dit (mila.medewerker@leiden.nl, login MEDEWERKER@LEIDEN, account 0193a5d27c1e7b7a9b1f1f2e3d4c5b6a, tag qm9ndXMtdGFnLXZhbHVl).";

        var copy = FoldedText.Fold(CopyText.Make(text, new Choices([], null, null), terms).Redaction!.Text);

        foreach (var part in new[] { "mila", "medewerker", "0193a5d2", "qm9ndxmt" })
        {
            Assert.DoesNotContain(part, copy, StringComparison.Ordinal);
        }
    }
}
