using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Loket.Web.Infrastructure.Database;

/// <summary>
/// SQLite has no date type that sorts; UTC ticks in an integer do, and round-trip exactly
/// (EF's own DateTimeOffsetToBinaryConverter drops precision, which would break audit hashes).
/// </summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
