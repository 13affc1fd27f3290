using System.Globalization;

namespace Assay.Interop.Stix;

/// <summary>STIX timestamps: UTC, millisecond precision, "Z" ("2024-10-18T00:00:00.000Z").</summary>
internal static class StixTime
{
    /// <summary>The instant in STIX form.</summary>
    public static string Format(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Midnight UTC of the date, the time a report is said to be published when only its day is known.</summary>
    public static string Format(DateOnly date) => Format(new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

    /// <summary>The UTC date of a STIX timestamp, or null when it is not one.</summary>
    public static DateOnly? DateOf(string? timestamp) =>
        DateTimeOffset.TryParse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? DateOnly.FromDateTime(at.UtcDateTime)
            : null;
}
