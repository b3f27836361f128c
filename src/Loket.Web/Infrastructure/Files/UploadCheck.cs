namespace Loket.Web.Infrastructure.Files;

/// <summary>A posted file that passed the check: a cleaned name, the kind its bytes are, the bytes.</summary>
public sealed record CheckedFile(string Name, FileSignature.Kind Kind, byte[] Content);

/// <summary>
/// The one check every uploaded file goes through, for declarations and the reporting desk alike:
/// not empty, not too large, of a kind the bytes prove and the caller accepts, with a clean name. A
/// refusal comes back as a Dutch sentence that names the file with plain characters only.
/// </summary>
public static class UploadCheck
{
    public static async Task<(CheckedFile? File, string? Error)> ReadAsync(IFormFile file, long maxBytes, FileSignature.Accepted accepted, CancellationToken cancellationToken = default)
    {
        var name = FileSignature.Readable(file.FileName);
        if (file.Length == 0)
        {
            return (null, $"'{name}' is leeg.");
        }

        if (file.Length > maxBytes)
        {
            return (null, $"'{name}' is te groot ({Size(file.Length)}): een bijlage is hoogstens {Size(maxBytes)}.");
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellationToken);
        }

        // The name and the browser's Content-Type are the uploader's claims; the bytes decide.
        if (FileSignature.Detect(content, accepted) is not { } kind)
        {
            return (null, $"'{name}' is geen {accepted.InWords}. Alleen die soorten bestanden kun je toevoegen.");
        }

        return (new CheckedFile(FileSignature.CleanName(file.FileName, kind), kind, content), null);
    }

    public static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{bytes / (1024.0 * 1024.0):0.#} MB",
        >= 1024 => $"{bytes / 1024.0:0} kB",
        _ => $"{bytes} bytes",
    };
}
