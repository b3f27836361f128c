using System.Security.Cryptography;
using System.Text.Json;

namespace Loket.Web.Infrastructure.Crypto;

/// <summary>
/// The key file: key-encryption keys (newest wraps, older ones still unwrap) and one lookup key for
/// keyed hashes (receipt codes, reporter and involved-person tags). The lookup key never rotates:
/// rotating it would orphan every stored tag; rotating the KEKs is what `loket keys rotate` does.
/// </summary>
internal sealed record KeyFile(string LookupKey, List<KeyFile.Kek> Keys)
{
    public sealed record Kek(string Id, string Key, DateTimeOffset Created);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static KeyFile New(DateTimeOffset now) =>
        new(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), [NewKek(now)]);

    public static Kek NewKek(DateTimeOffset now) =>
        new($"kek-{now:yyyyMMddHHmmss}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(3)).ToLowerInvariant()}", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), now);

    public static KeyFile Read(string path) =>
        JsonSerializer.Deserialize<KeyFile>(File.ReadAllText(path), Json) ?? throw new InvalidOperationException($"Key file {path} is empty.");

    /// <summary>Written to a temporary file first and moved into place, readable by the owner only.</summary>
    public void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, options))
        {
            JsonSerializer.Serialize(stream, this, Json);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
