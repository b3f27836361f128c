using System.Threading.RateLimiting;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Files;
using Loket.Web.Infrastructure.Web;
using Loket.Web.Meldpunt.Case;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loket.Web.Meldpunt.Reporting;

/// <summary>
/// A file a reporter sends: per client no more than an hourly allowance of megabytes, then the same
/// content check and name cleaning as every upload (<see cref="UploadCheck"/>, the reporter's kinds),
/// then the case's quota and the municipality's daily quota, all before anything is written. A refusal
/// is a Dutch sentence; nothing of a refused file is kept.
/// </summary>
public sealed class ReporterFiles(LoketDbContext db, ReporterFiles.Allowance allowance, IOptions<MeldpuntOptions> options, TimeProvider time)
{
    public const long MaxFileBytes = 10 * 1024 * 1024;

    private const long Megabyte = 1024 * 1024;

    /// <summary>The file, or a refusal; <c>WaitMinutes</c> is set when the client has sent too much for now (HTTP 429).</summary>
    public sealed record Outcome(CheckedFile? File, string? Error, int? WaitMinutes = null);

    public async Task<Outcome> AcceptAsync(HttpContext http, Report into, IFormFile file, CancellationToken cancellationToken = default)
    {
        if (allowance.Refuse(http, file.Length) is { } minutes)
        {
            return new(null, $"Te veel bestanden verstuurd. Probeer het over {minutes} {(minutes == 1 ? "minuut" : "minuten")} opnieuw.", minutes);
        }

        var (checkedFile, error) = await UploadCheck.ReadAsync(file, MaxFileBytes, FileSignature.ForReporters, cancellationToken);
        if (checkedFile is null)
        {
            return new(null, error);
        }

        var settings = options.Value;
        var size = checkedFile.Content.LongLength;
        var inCase = await db.CaseEntries.IgnoreQueryFilters()
            .Where(e => e.ReportId == into.Id && e.Kind == EntryKind.MessageFromReporter).SumAsync(e => e.FileBytes ?? 0, cancellationToken);
        if (inCase + size > settings.CaseFileQuotaMegabytes * Megabyte)
        {
            return new(null, $"Bij deze melding kun je samen hoogstens {settings.CaseFileQuotaMegabytes} MB aan bestanden sturen; er is al {UploadCheck.Size(inCase)} ontvangen. " +
                "Stuur je bericht zonder bestand, of vraag het meldpunt in een bericht hoe je meer kunt aanleveren.");
        }

        var since = time.GetUtcNow().AddDays(-1);
        var inMunicipality = await db.CaseEntries.IgnoreQueryFilters()
            .Where(e => e.TenantId == into.TenantId && e.Kind == EntryKind.MessageFromReporter && e.At > since).SumAsync(e => e.FileBytes ?? 0, cancellationToken);
        if (inMunicipality + size > settings.MunicipalityFileQuotaMegabytesPerDay * Megabyte)
        {
            return new(null, "Het meldpunt van deze gemeente heeft vandaag al zoveel bestanden ontvangen dat het er nu geen meer aanneemt. " +
                "Stuur je bericht nu zonder bestand en het bestand morgen, of vraag het meldpunt in een bericht hoe je het kunt aanleveren.");
        }

        return new(checkedFile, null);
    }

    /// <summary>Megabytes per client per hour, counted in memory under a keyed hash of the address.</summary>
    public sealed class Allowance(IOptions<MeldpuntOptions> options) : IDisposable
    {
        private readonly int perHour = Math.Max(1, options.Value.UploadMegabytesPerAddressPerHour);

        private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, options.Value.UploadMegabytesPerAddressPerHour), Window = TimeSpan.FromHours(1) }));

        public int? Refuse(HttpContext http, long bytes)
        {
            // A file larger than the whole allowance asks for all of it (the size check refuses it anyway).
            var megabytes = (int)Math.Clamp((bytes + Megabyte - 1) / Megabyte, 1, perHour);
            using var lease = limiter.AttemptAcquire(AddressKey.Of(http), megabytes);
            return lease.IsAcquired ? null
                : lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalMinutes)) : 60;
        }

        public void Dispose() => limiter.Dispose();
    }
}
