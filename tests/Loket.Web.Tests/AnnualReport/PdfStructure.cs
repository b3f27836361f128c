using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Loket.Web.Tests.AnnualReport;

/// <summary>A PDF's logical structure read with PdfPig: every structure element's tag and alternative text, in order.</summary>
internal static class PdfStructure
{
    public static List<(string Tag, string? Alt, DictionaryToken Element)> Elements(PdfDocument document)
    {
        var catalog = document.Structure.Catalog.CatalogDictionary;
        Assert.True(catalog.TryGet(NameToken.Create("StructTreeRoot"), out var root), "The catalog has no StructTreeRoot.");
        var found = new List<(string, string?, DictionaryToken)>();
        Walk(document, Resolve(document, root), found);
        return found;
    }

    public static string? CatalogString(PdfDocument document, string key) =>
        document.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Create(key), out var token) ? Resolve(document, token) switch
        {
            NameToken n => n.Data,
            IDataToken<string> s => s.Data,
            _ => null,
        } : null;

    public static IToken Resolve(PdfDocument document, IToken token) =>
        token is IndirectReferenceToken reference ? Resolve(document, document.Structure.GetObject(reference.Data).Data) : token;

    private static void Walk(PdfDocument document, IToken token, List<(string, string?, DictionaryToken)> found)
    {
        switch (token)
        {
            case ArrayToken array:
                foreach (var item in array.Data)
                {
                    Walk(document, Resolve(document, item), found);
                }

                break;
            case DictionaryToken dictionary:
                if (dictionary.TryGet(NameToken.Create("S"), out var tag) && Resolve(document, tag) is NameToken name)
                {
                    var alt = dictionary.TryGet(NameToken.Create("Alt"), out var a) && Resolve(document, a) is IDataToken<string> s ? s.Data : null;
                    found.Add((name.Data, alt, dictionary));
                }

                if (dictionary.TryGet(NameToken.Create("K"), out var kids))
                {
                    Walk(document, Resolve(document, kids), found);
                }

                break;
        }
    }
}
