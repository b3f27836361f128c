using System.ComponentModel.DataAnnotations;
using Loket.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Loket.Web.Infrastructure.Web;

/// <summary>
/// No binding or validation message reaches a person in English ("The value 'x' is not valid for
/// From."): MVC's defaults are replaced by Dutch ones. The field's own name is left out on purpose:
/// it would be the English property name, and the message already stands next to its field.
/// </summary>
public static class DutchValidationMessages
{
    public static void Apply(MvcOptions options)
    {
        options.ModelBinderProviders.Insert(0, new DateModelBinderProvider());
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => $"'{value}' is hier geen geldige waarde.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"'{value}' is hier geen geldige waarde.");
        messages.SetUnknownValueIsInvalidAccessor(_ => "De ingevulde waarde is niet geldig.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "De ingevulde waarde is niet geldig.");
        messages.SetValueIsInvalidAccessor(value => $"'{value}' is hier geen geldige waarde.");
        messages.SetValueMustBeANumberAccessor(_ => "Vul een getal in.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Vul een getal in.");
        messages.SetValueMustNotBeNullAccessor(_ => "Vul dit veld in.");
        messages.SetMissingBindRequiredValueAccessor(_ => "Vul dit veld in.");
        messages.SetMissingKeyOrValueAccessor(() => "Vul dit veld in.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Het formulier is leeg verstuurd.");
        options.ModelMetadataDetailsProviders.Add(new DefaultAttributeMessages());
    }

    /// <summary>Validation attributes without a message of their own (and MVC's implicit [Required]) speak Dutch too.</summary>
    private sealed class DefaultAttributeMessages : IValidationMetadataProvider
    {
        public void CreateValidationMetadata(ValidationMetadataProviderContext context)
        {
            foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>()
                .Where(a => a.ErrorMessage is null && a.ErrorMessageResourceName is null))
            {
                attribute.ErrorMessage = attribute switch
                {
                    RequiredAttribute => "Vul dit veld in.",
                    StringLengthAttribute or MaxLengthAttribute => "Dit is te lang: gebruik hoogstens {1} tekens.",
                    RangeAttribute => "Vul een waarde tussen {1} en {2} in.",
                    _ => "De ingevulde waarde is niet geldig.",
                };
            }
        }
    }
}
