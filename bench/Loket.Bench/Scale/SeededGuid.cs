namespace Loket.Bench.Scale;

/// <summary>
/// Version 7 ids like the product's <c>Guid.CreateVersion7()</c>, but with the random part drawn from the
/// seeded generator so a second run writes the same rows.
/// </summary>
internal static class SeededGuid
{
    public static Guid Version7(DateTimeOffset at, Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        // Big-endian: 48 bits of Unix milliseconds, then version 7 and the RFC 4122 variant.
        var milliseconds = at.ToUnixTimeMilliseconds();
        for (var k = 0; k < 6; k++)
        {
            bytes[k] = (byte)(milliseconds >> (8 * (5 - k)));
        }

        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }
}
