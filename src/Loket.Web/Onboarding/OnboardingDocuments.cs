using Loket.Web.Infrastructure.Documents;
using Loket.Web.Infrastructure.Time;

namespace Loket.Web.Onboarding;

/// <summary>
/// The oath record and the signed statement as tagged Dutch PDFs (<see cref="TaggedPdf"/>): the formula or
/// text as it was that day with its source, who and when, and for the oath the places where the new employee,
/// the one who took it and the witness sign the printed copy.
/// </summary>
public static class OnboardingDocuments
{
    public static byte[] Oath(OathRecord oath, string employee, string municipality) => TaggedPdf.Write(
        $"Verklaring van {(oath.Form == OathForm.Oath ? "de eed" : "de belofte")}: {employee}",
        [
            municipality,
            $"{employee} heeft op {DutchTime.LongDate(oath.TakenOn)} te {oath.Place} {(oath.Form == OathForm.Oath ? "de eed" : "de belofte")} afgelegd (Ambtenarenwet 2017 art. 7).",
            $"Afgenomen door: {oath.TakenBy}. Getuige: {oath.Witness}.",
            $"Formule: {oath.FormulaTitle}. Bron: {oath.FormulaSource}.",
        ],
        $"""
        {oath.FormulaText}


        Handtekening {employee}:

        ........................................................


        Handtekening {oath.TakenBy} (afgenomen door):

        ........................................................


        Handtekening {oath.Witness} (getuige):

        ........................................................
        """,
        oath.RecordedAt);

    public static byte[] Statement(SignedStatement statement, string municipality) => TaggedPdf.Write(
        statement.Title,
        [
            municipality,
            $"Ondertekend in het Integriteitsloket door {statement.SignedBy} op {DutchTime.DateTime(statement.SignedAt)}.",
            $"Bron van de tekst: {statement.Source}.",
        ],
        statement.Text,
        statement.SignedAt);
}
