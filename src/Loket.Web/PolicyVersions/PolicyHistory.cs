using Loket.Policy;
using Loket.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.PolicyVersions;

/// <summary>
/// Where the engine's catalogue comes from: the approved versions in the database. The folder shipped with
/// the app (or set by <c>Policies:Root</c>) seeds a code's history once: at start, every code in the folder
/// that has no version in the database yet is read in, validated as <c>loket policy validate</c> does, and
/// stored as approved. From then on the database is that code's only truth; a later file in the folder for
/// it is ignored (and logged), and new versions arrive by upload and approval.
/// </summary>
public static class PolicyHistory
{
    /// <summary>The folder to seed from: <c>Policies:Root</c>, else <c>policies/</c> next to the app. Null when there is none.</summary>
    public static string? Folder(IConfiguration configuration)
    {
        if (configuration["Policies:Root"] is { Length: > 0 } configured)
        {
            // A folder the operator named but that is not there is a mistake worth stopping for.
            return Directory.Exists(configured) ? configured : throw new PolicyLoadException($"De map met gedragscodes '{configured}' (Policies:Root) bestaat niet.");
        }

        var shipped = Path.Combine(AppContext.BaseDirectory, "policies");
        return Directory.Exists(shipped) ? shipped : null;
    }

    /// <summary>Reads in every code of the folder the database does not know yet. An invalid file stops the start, as before.</summary>
    public static async Task SeedAsync(LoketDbContext db, string? folder, TimeProvider time, ILogger logger, CancellationToken cancellationToken = default)
    {
        if (folder is null)
        {
            return;
        }

        var catalog = PolicyCatalog.LoadDirectory(folder);
        var known = await db.StoredPolicies.Select(p => p.PolicySlug).Distinct().ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var code in catalog.Tenants)
        {
            if (known.Contains(code.Tenant))
            {
                var stored = await db.StoredPolicies.Where(p => p.PolicySlug == code.Tenant).Select(p => p.Version).ToListAsync(cancellationToken);
                foreach (var ignored in code.Versions.Where(v => !stored.Contains(v.Version)))
                {
                    logger.LogWarning("Gedragscode {Code} versie {Version} in {File} wordt niet gelezen: de database houdt de versies van deze code bij; upload een nieuwe versie in /beheer/gedragscode.", code.Tenant, ignored.Version, ignored.SourceFile);
                }

                continue;
            }

            foreach (var version in code.Versions)
            {
                var name = $"{version.Tenant}/{Path.GetFileName(version.SourceFile)}";
                db.StoredPolicies.Add(StoredPolicy.FromFolder(version, await File.ReadAllTextAsync(version.SourceFile, cancellationToken), name, now));
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node read the same folder in at the same moment (the ids collide); its rows are ours.
            if (!await AllSeededAsync(db, catalog, cancellationToken))
            {
                throw;
            }
        }
    }

    /// <summary>The catalogue of every approved version. A stored version the validator no longer accepts stops the load with its file:line errors.</summary>
    public static async Task<PolicyCatalog> LoadAsync(LoketDbContext db, CancellationToken cancellationToken = default)
    {
        var rows = await db.StoredPolicies.AsNoTracking().Where(p => p.Status == StoredPolicyStatus.Approved)
            .Select(p => new { p.PolicySlug, p.Version, p.Content }).ToListAsync(cancellationToken);
        var errors = new List<PolicyError>();
        var versions = new List<PolicyVersion>();
        foreach (var row in rows)
        {
            var parsed = PolicyFile.Parse(row.Content, $"{row.PolicySlug}/{row.Version}.yaml", row.PolicySlug, row.Version);
            errors.AddRange(parsed.Errors);
            if (parsed.Policy is { } policy)
            {
                versions.Add(policy);
            }
        }

        return errors.Count > 0 ? throw new PolicyLoadException(errors) : PolicyCatalog.From(versions);
    }

    /// <summary>What changes when a version is approved anywhere: how many are approved and the last decision. One small query.</summary>
    public static async Task<(int Count, DateTimeOffset? Last)> StampAsync(LoketDbContext db, CancellationToken cancellationToken = default)
    {
        var decided = await db.StoredPolicies.AsNoTracking().Where(p => p.Status == StoredPolicyStatus.Approved).Select(p => p.DecidedAt).ToListAsync(cancellationToken);
        return (decided.Count, decided.Max());
    }

    private static async Task<bool> AllSeededAsync(LoketDbContext db, PolicyCatalog catalog, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var stored = await db.StoredPolicies.Select(p => p.PolicySlug).Distinct().ToListAsync(cancellationToken);
        return catalog.Tenants.All(t => stored.Contains(t.Tenant));
    }
}
