using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Loket.Web.Shared;

/// <summary>
/// Gives every native control and link with an NL Design System class the matching <c>--html-*</c>
/// modifier. Only with it does the design system style the element's own states (:checked,
/// :focus-visible, :hover, :invalid): without it a checked radio looked the same as an unchecked one
/// (issue 12). Markup written by hand may leave the modifier out; this adds it, once.
/// </summary>
[HtmlTargetElement("a", Attributes = "[class^=utrecht-link]")]
[HtmlTargetElement("input", Attributes = "[class^=utrecht-]", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("select", Attributes = "[class^=utrecht-select]")]
[HtmlTargetElement("textarea", Attributes = "[class^=utrecht-textarea]")]
public sealed class DesignSystemModifiersTagHelper : TagHelper
{
    private static readonly (string Element, string Block, string Modifier)[] Modifiers =
    [
        ("a", "utrecht-link", "utrecht-link--html-a"),
        ("input", "utrecht-radio-button", "utrecht-radio-button--html-input"),
        ("input", "utrecht-checkbox", "utrecht-checkbox--html-input utrecht-checkbox--custom"),
        ("input", "utrecht-textbox", "utrecht-textbox--html-input"),
        ("select", "utrecht-select", "utrecht-select--html-select"),
        ("textarea", "utrecht-textarea", "utrecht-textarea--html-textarea"),
    ];

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!output.Attributes.TryGetAttribute("class", out var attribute) || attribute.Value?.ToString() is not { } value)
        {
            return;
        }

        var classes = value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        foreach (var (element, block, modifier) in Modifiers)
        {
            var first = modifier.Split(' ')[0];
            if (context.TagName == element && classes.Contains(block) && !classes.Contains(first))
            {
                classes.AddRange(modifier.Split(' ').Where(m => !classes.Contains(m)));
            }
        }

        output.Attributes.SetAttribute("class", string.Join(' ', classes));
    }
}
