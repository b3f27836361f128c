using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Loket.Web.Infrastructure.Crypto;

/// <summary>
/// The data-protection key store, passing on only keys sealed with the key file. A key stored in
/// the clear (written before keys were encrypted, or planted by someone who can write to the
/// database) or naming any other decryptor is never used: its holder could mint cookies. When no
/// usable key is left, the app makes a new, sealed one; everyone signs in again once.
/// </summary>
public sealed class EncryptedKeysOnly(IXmlRepository inner) : IXmlRepository
{
    private static readonly string Decryptor = typeof(KeyFileXmlDecryptor).AssemblyQualifiedName!.Split(", Version=")[0];

    public IReadOnlyCollection<XElement> GetAllElements() => [.. inner.GetAllElements().Where(IsUsable)];

    public void StoreElement(XElement element, string friendlyName) => inner.StoreElement(element, friendlyName);

    // A revocation only ever takes trust away, so it passes as stored.
    private static bool IsUsable(XElement element) => element.Name.LocalName switch
    {
        // By local name: the data-protection system writes encryptedSecret in its own XML namespace.
        "key" => element.Descendants().Where(e => e.Name.LocalName == "encryptedSecret").ToList() is [var secret]
            && ((string?)secret.Attribute("decryptorType"))?.Split(", Version=")[0] == Decryptor,
        "revocation" => true,
        _ => false,
    };
}
