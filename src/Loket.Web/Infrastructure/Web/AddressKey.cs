using System.Security.Cryptography;
using System.Text;

namespace Loket.Web.Infrastructure.Web;

/// <summary>
/// The key under which rate limits count a client: an HMAC of its address under a random key that
/// exists only in this process's memory. Limits can tell clients apart, but the address itself is
/// never kept (the product stores no IP addresses), and a memory dump's keys cannot be reversed
/// into addresses without that process's key, which a restart replaces.
/// </summary>
public static class AddressKey
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    public static string Of(HttpContext context) => Of(context.Connection.RemoteIpAddress?.ToString());

    public static string Of(string? address)
    {
        var mac = HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(address ?? "onbekend"));
        return Convert.ToBase64String(mac, 0, 16);
    }
}
