using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Loket.Web.Shared;

/// <summary>
/// What every field tag helper binds to: a model property (<c>for</c>) or a handler parameter's posted
/// name (<c>name</c>), an optional hint, and the view's model state for the field's own error.
/// </summary>
public abstract class BoundFieldTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression? For { get; set; }

    /// <summary>For a handler parameter rather than a model property: the posted name.</summary>
    [HtmlAttributeName("name")]
    public string? FieldName { get; set; }

    public string? Hint { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }
}
