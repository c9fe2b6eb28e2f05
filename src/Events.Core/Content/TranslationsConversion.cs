using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Events.Core.Content;

/// <summary>Stores <see cref="Translations"/> as one JSON text column, the same on SQLite and PostgreSQL.</summary>
public sealed class TranslationsConverter() : ValueConverter<Translations, string>(
    translations => translations.ToJson(),
    json => Translations.FromJson(json));

/// <summary>Translations are changed in place, so change tracking compares and snapshots their JSON.</summary>
public sealed class TranslationsComparer() : ValueComparer<Translations>(
    (a, b) => (a == null ? null : a.ToJson()) == (b == null ? null : b.ToJson()),
    t => t.ToJson().GetHashCode(StringComparison.Ordinal),
    t => t.Copy());
