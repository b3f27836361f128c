using Loket.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Loket.Web.Shared;

/// <summary>
/// Binds a <see cref="DateOnly"/> from the three boxes of <see cref="DateFieldTagHelper"/>
/// (Name.Day, Name.Month, Name.Year), or from one Dutch text in Name ("6-12-2026", "6 december
/// 2026", ISO "2026-12-06"). Never the browser's or the server's locale: "1 2 2027" is 1 February.
/// A refusal is one Dutch error on the whole field; the typed boxes are kept for the page.
/// </summary>
public sealed class DateModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var name = bindingContext.ModelName;
        string? Value(string key) => bindingContext.ValueProvider.GetValue(key).FirstValue;
        var (day, month, year, text) = (Value($"{name}.Day"), Value($"{name}.Month"), Value($"{name}.Year"), Value(name));
        if (day is null && month is null && year is null && text is null)
        {
            return Task.CompletedTask;
        }

        var typedInBoxes = !string.IsNullOrWhiteSpace(day) || !string.IsNullOrWhiteSpace(month) || !string.IsNullOrWhiteSpace(year);
        var result = DutchDate.FromBoxesOrText(day, month, year, text);
        // The boxes as typed go back to the page on a failed post (see DateFieldTagHelper.Parts).
        string[] boxes = typedInBoxes || result.Date is not { } date
            ? [day ?? string.Empty, month ?? string.Empty, year ?? string.Empty]
            : [date.Day.ToString(DutchTime.Culture), date.Month.ToString(DutchTime.Culture), date.Year.ToString(DutchTime.Culture)];
        bindingContext.ModelState.SetModelValue(name, boxes, typedInBoxes ? string.Join('-', boxes) : text);

        if (result.Error is { } error)
        {
            bindingContext.ModelState.TryAddModelError(name, error);
            bindingContext.Result = ModelBindingResult.Failed();
        }
        else if (result.Date is { } parsed)
        {
            bindingContext.Result = ModelBindingResult.Success(parsed);
        }
        else if (bindingContext.ModelMetadata.IsReferenceOrNullableType)
        {
            bindingContext.Result = ModelBindingResult.Success(null);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(name, "Vul een datum in.");
            bindingContext.Result = ModelBindingResult.Failed();
        }

        return Task.CompletedTask;
    }
}

/// <summary>Puts <see cref="DateModelBinder"/> in charge of every DateOnly and DateOnly? a page binds.</summary>
public sealed class DateModelBinderProvider : IModelBinderProvider
{
    private static readonly DateModelBinder Binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(DateOnly) ? Binder : null;
}
