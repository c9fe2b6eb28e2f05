using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Events.Core.Data;

/// <summary>Every stored instant is UTC; SQLite forgets the kind, so it is restored on read.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
