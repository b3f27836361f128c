using Loket.Web.Infrastructure.Database;

namespace Loket.Web.Tenants;

/// <summary>A confidant as typed on the page or the command line.</summary>
public sealed record NewConfidant(string? Name, string? Email, string? Phone, string? Note)
{
    public IEnumerable<SetupError> Check()
    {
        foreach (var error in SetupRules.Name(Name))
        {
            yield return error;
        }

        if (DeskContact.Clean(Email) is { } email && !email.Contains('@', StringComparison.Ordinal))
        {
            yield return new("Email", $"'{email}' is geen e-mailadres; vul er een in zoals naam@gemeente.nl.");
        }

        if (DeskContact.Clean(Email) is null && DeskContact.Clean(Phone) is null)
        {
            yield return new("Phone", "Vul een telefoonnummer of e-mailadres in: zonder is de vertrouwenspersoon niet te bereiken.");
        }

        foreach (var (field, value, max) in new[] { ("Email", Email, 200), ("Phone", Phone, 50), ("Note", Note, 300) })
        {
            if (DeskContact.Clean(value)?.Length > max)
            {
                yield return new(field, $"Hoogstens {max} tekens.");
            }
        }
    }

    /// <summary>Listed for <paramref name="tenantId"/>, or the refusals when it cannot be.</summary>
    public async Task<List<SetupError>> AddToAsync(LoketDbContext db, Guid tenantId, CancellationToken cancellationToken = default)
    {
        var errors = Check().ToList();
        if (errors.Count == 0)
        {
            db.ConfidantListings.Add(new ConfidantListing
            {
                TenantId = tenantId,
                Name = Name!.Trim(),
                Email = DeskContact.Clean(Email)?.ToLowerInvariant(),
                Phone = DeskContact.Clean(Phone),
                Note = DeskContact.Clean(Note),
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        return errors;
    }
}
