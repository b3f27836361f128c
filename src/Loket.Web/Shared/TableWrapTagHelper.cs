using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Loket.Web.Shared;

/// <summary>
/// The box a wide table scrolls in on a phone (WCAG 1.4.10). A keyboard user can only scroll it
/// when it takes focus, and a screen reader user then hears which table it is: so every
/// <c>&lt;div class="loket-table-wrap"&gt;</c> becomes a focusable region named after its table's caption.
/// </summary>
[HtmlTargetElement("div", Attributes = "[class=loket-table-wrap]")]
public sealed partial class TableWrapTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = (await output.GetChildContentAsync()).GetContent();
        var caption = Caption().Match(content) is { Success: true } match
            ? WebUtility.HtmlDecode(Tags().Replace(match.Groups[1].Value, string.Empty)).Trim()
            : "Tabel";
        output.Attributes.SetAttribute("role", "region");
        output.Attributes.SetAttribute("tabindex", "0");
        output.Attributes.SetAttribute("aria-label", caption);
        output.Content.SetHtmlContent(content);
    }

    [GeneratedRegex("<caption[^>]*>(.*?)</caption>", RegexOptions.Singleline)]
    private static partial Regex Caption();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
