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

    /// <summary>The id when it cannot follow from the name (a dictionary entry's name has brackets).</summary>
    [HtmlAttributeName("id")]
    public string? FieldId { get; set; }

    /// <summary>For a field bound by <c>name</c>: the value to show until a post brings its own.</summary>
    public string? Value { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    private protected FieldParts Parts() => FieldParts.Of(For, FieldName, Hint, ViewContext, FieldId);

    /// <summary>What the control shows: what was posted, else the model's value, else <see cref="Value"/>.</summary>
    /// <remarks> Razor passes a null <c>value="@x"</c> as "", which would check an option whose value is empty ("Weet ik niet").</remarks>
    private protected string? Current(FieldParts field) => field.AttemptedValue ?? For?.Model?.ToString() ?? (string.IsNullOrEmpty(Value) ? null : Value);
}
