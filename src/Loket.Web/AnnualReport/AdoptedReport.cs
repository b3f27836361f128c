using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Loket.Web.Infrastructure.Domain;
using Loket.Web.Infrastructure.Tenancy;

namespace Loket.Web.AnnualReport;

/// <summary>
/// A year's report as adopted ("vastgesteld"): the published document as JSON, frozen, with its SHA-256,
/// which also goes into the audit trail's hash chain, so a changed file or row shows. Adopted by an integrity
/// coordinator who did not write the last version of the text (four eyes); once per municipality and year.
/// </summary>
public sealed class AdoptedReport : ITenantOwned
{
    public static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    private AdoptedReport()
    {
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; set; }

    public int Year { get; private set; }

    public int DraftVersion { get; private set; }

    public string Document { get; private set; } = "";

    /// <summary>SHA-256 of <see cref="Document"/> in UTF-8, as 64 lower-case hexadecimal characters.</summary>
    public string Sha256 { get; private set; } = "";

    public Guid AdoptedByUserId { get; private set; }

    public DateTimeOffset AdoptedAt { get; private set; }

    public AnnualReportDocument Read() => JsonSerializer.Deserialize<AnnualReportDocument>(Document, Json)!;

    public static string Hash(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// <summary><paramref name="seen"/>: the draft version the coordinator read before adopting, so a newer one saved meanwhile is not adopted unread.</summary>
    public static Outcome<AdoptedReport> Adopt(Guid tenantId, AnnualReportDocument document, ReportDraft? latest, int? seen, bool adopted, Guid by, DateTimeOffset now)
    {
        if (adopted)
        {
            return new ReportAlreadyAdopted(document.Year);
        }

        if (latest is null)
        {
            return new WriteADraftFirst();
        }

        if (latest.WrittenByUserId == by)
        {
            return new NotYourOwnDraft();
        }

        if (seen != latest.Version)
        {
            return new DraftChangedMeanwhile();
        }

        var json = JsonSerializer.Serialize(document, Json);
        return new AdoptedReport
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            Year = document.Year,
            DraftVersion = latest.Version,
            Document = json,
            Sha256 = Hash(json),
            AdoptedByUserId = by,
            AdoptedAt = now,
        };
    }
}
