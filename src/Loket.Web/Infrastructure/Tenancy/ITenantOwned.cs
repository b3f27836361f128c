namespace Loket.Web.Infrastructure.Tenancy;

/// <summary>A row that belongs to one municipality. The DbContext filters and guards these centrally.</summary>
public interface ITenantOwned
{
    Guid TenantId { get; set; }
}
