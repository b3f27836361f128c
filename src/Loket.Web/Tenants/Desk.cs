namespace Loket.Web.Tenants;

/// <summary>
/// A reporting desk (meldpunt). One desk can serve several municipalities, like the
/// "Meldpunt integriteit Leidse regio" for Leiden and Leiderdorp. Its contact details are shown to
/// employees and on the public report page exactly as recorded; an empty field is not shown.
/// </summary>
public sealed class Desk
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Slug { get; set; }

    public required string Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>Street, number and town as one text; a desk without a counter has none.</summary>
    public string? VisitingAddress { get; set; }

    /// <summary>Free text such as "maandag tot en met donderdag 9:00 tot 17:00".</summary>
    public string? OpeningHours { get; set; }

    public List<Tenant> Tenants { get; } = [];

    /// <summary>Made by demo mode: removed when the product starts with demo mode off.</summary>
    public bool IsDemo { get; set; }

    public void SetContact(DeskContact contact) =>
        (Email, Phone, VisitingAddress, OpeningHours) = (contact.Email, contact.Phone, contact.VisitingAddress, contact.OpeningHours);
}

/// <summary>A desk's contact details as typed, trimmed and with empty fields as null.</summary>
public sealed record DeskContact(string? Email, string? Phone, string? VisitingAddress, string? OpeningHours)
{
    public static DeskContact Of(string? email, string? phone, string? address, string? hours) =>
        new(Clean(email)?.ToLowerInvariant(), Clean(phone), Clean(address), Clean(hours));

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
