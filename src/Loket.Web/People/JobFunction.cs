using Loket.Web.Infrastructure.Tenancy;

namespace Loket.Web.People;

/// <summary>A function (functie). Its flags decide duties the codes attach to functions.</summary>
public sealed class JobFunction : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>Aangewezen functie: must report financial interests (Ambtenarenwet 2017 art. 5 lid 1 d).</summary>
    public bool DesignatedForFinancialInterests { get; set; }

    /// <summary>Top official whose side activities are published (Ambtenarenwet 2017 art. 5 lid 1 c).</summary>
    public bool TopOfficial { get; set; }
}
