using System.Security.Cryptography;

namespace Loket.Web.Meldpunt.Case;

/// <summary>Case references like "M-7K3Q9P": random, so they reveal neither order nor volume.</summary>
internal static class References
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static string New() => "M-" + RandomNumberGenerator.GetString(Alphabet, 6);
}
