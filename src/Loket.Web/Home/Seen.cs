using Loket.Web.Infrastructure.Database;

namespace Loket.Web.Home;

/// <summary>
/// Who looks at the home page, where and when. Every count reads through <see cref="Db"/>, whose
/// tenant filter keeps it to the current municipality; the desk's reports, read across municipalities
/// elsewhere, are narrowed to <see cref="TenantId"/> here.
/// </summary>
public sealed record Seen(LoketDbContext Db, Guid UserId, Guid? EmployeeId, Guid TenantId, string TenantSlug, bool Officer, DateTimeOffset Now, DateOnly Today);
