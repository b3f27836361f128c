using System.ComponentModel.DataAnnotations;

namespace Loket.Web.Infrastructure.Time;

/// <summary>
/// A date of something that already happened (an event reported, a contact held) is not after
/// today in the Netherlands, by the app's <see cref="TimeProvider"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class NotInFutureAttribute : ValidationAttribute
{
    public NotInFutureAttribute()
        : base("Deze datum ligt in de toekomst. Vul een datum van vandaag of eerder in.")
    {
    }

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var time = validationContext.GetService<TimeProvider>() ?? TimeProvider.System;
        return value is DateOnly date && date > time.Today()
            ? new ValidationResult(FormatErrorMessage(validationContext.DisplayName), validationContext.MemberName is { } member ? [member] : null)
            : ValidationResult.Success;
    }
}
