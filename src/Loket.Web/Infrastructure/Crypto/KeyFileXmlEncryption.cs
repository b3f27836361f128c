using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Loket.Web.Infrastructure.Crypto;

/// <summary>
/// Encrypts the data-protection keys (which sign and encrypt every cookie and antiforgery token)
/// before they are stored in the database: AES-256-GCM under a key derived from the key file. With
/// a copy of the database alone nobody can read them, so nobody can forge an officer's, a
/// confidant's or a reporter's cookie.
/// </summary>
public sealed class KeyFileXmlEncryptor(KeyRing ring) : IXmlEncryptor
{
    /// <summary>The HKDF purpose of the derived key; also the associated data of every sealed key.</summary>
    internal const string Purpose = "data-protection-keys";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var sealedBytes = Seal.Encrypt(ring.DeriveKey(Purpose), plaintext, Encoding.UTF8.GetBytes(Purpose));
        var element = new XElement("encryptedKey",
            new XComment(" Encrypted with the key file (Crypto:KeyFile); unreadable without it. "),
            new XElement("value", Convert.ToBase64String(sealedBytes)));
        return new EncryptedXmlInfo(element, typeof(KeyFileXmlDecryptor));
    }
}

/// <summary>
/// Opens what <see cref="KeyFileXmlEncryptor"/> sealed. The data-protection system creates it by
/// name from the stored XML, with the application's services.
/// </summary>
public sealed class KeyFileXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var ring = services.GetService(typeof(KeyRing)) as KeyRing
            ?? throw new CryptographicException("There is no key file to decrypt the data-protection keys with.");
        var sealedBytes = Convert.FromBase64String((string?)encryptedElement.Element("value") ?? throw new CryptographicException("The encrypted key has no value."));
        var plaintext = Seal.Decrypt(ring.DeriveKey(KeyFileXmlEncryptor.Purpose), sealedBytes, Encoding.UTF8.GetBytes(KeyFileXmlEncryptor.Purpose));
        return XElement.Parse(Encoding.UTF8.GetString(plaintext));
    }
}
