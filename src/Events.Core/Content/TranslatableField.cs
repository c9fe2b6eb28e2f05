namespace Events.Core.Content;

/// <summary>
/// One field an organiser may translate, with the original's length limit. A list field (<see cref="Lines"/> set) is
/// translated line by line: <c>Options.0</c> … <c>Options.{Lines-1}</c>.
/// </summary>
public sealed record TranslatableField(string Name, int Max, int? Lines = null)
{
    public static TranslatableField Text(string name, int max) => new(name, max);

    public static TranslatableField List(string name, int lines, int max) => new(name, max, lines);

    public bool Accepts(string field)
    {
        if (Lines is null)
        {
            return field == Name;
        }
        return field.StartsWith(Name + ".", StringComparison.Ordinal)
            && int.TryParse(field.AsSpan(Name.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && index < Lines && Translations.LineField(Name, index) == field;
    }
}
