using System.Globalization;
using Microsoft.Extensions.Options;

namespace Loket.Web.Audit;

public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>The append-only file that keeps each chain's head outside the database (keep it off the database's volume and backups).</summary>
    public string AnchorFile { get; set; } = Path.Combine("data", "audit", "anchors.log");
}

/// <summary>
/// The heads of the audit chains, kept outside the database: one line per chain per verification
/// (time, chain, sequence, hash), only ever appended. The keyed hash shows that nothing inside a chain
/// changed; the anchor shows that its end was not cut off, which no chain can show about itself.
/// </summary>
public sealed class AuditAnchors(IOptions<AuditOptions> options)
{
    public sealed record Anchor(DateTimeOffset At, Guid Chain, long Sequence, string Hash);

    public string Path => options.Value.AnchorFile;

    /// <summary>The last anchor of every chain in the file (none when there is no file yet).</summary>
    public IReadOnlyDictionary<Guid, Anchor> Last()
    {
        var last = new Dictionary<Guid, Anchor>();
        if (!File.Exists(Path))
        {
            return last;
        }

        foreach (var line in File.ReadLines(Path))
        {
            var parts = line.Split('\t');
            if (parts.Length == 4 && DateTimeOffset.TryParse(parts[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                && Guid.TryParse(parts[1], out var chain) && long.TryParse(parts[2], CultureInfo.InvariantCulture, out var sequence))
            {
                last[chain] = new Anchor(at, chain, sequence, parts[3]);
            }
        }

        return last;
    }

    public void Append(IEnumerable<Anchor> heads)
    {
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
        var file = new FileStreamOptions { Mode = FileMode.Append, Access = FileAccess.Write, Share = FileShare.Read };
        if (!OperatingSystem.IsWindows())
        {
            file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        // One write per verification, so lines of two processes appending at once do not interleave.
        var text = string.Concat(heads.Select(h => $"{h.At.UtcDateTime:O}\t{h.Chain}\t{h.Sequence.ToString(CultureInfo.InvariantCulture)}\t{h.Hash}\n"));
        using var stream = new FileStream(Path, file);
        using var writer = new StreamWriter(stream);
        writer.Write(text);
    }
}
