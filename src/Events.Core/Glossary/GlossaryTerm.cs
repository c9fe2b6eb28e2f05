namespace Events.Core.Glossary;

/// <summary>One term of an event's glossary, in each language the interpreters work between.</summary>
public sealed class GlossaryTerm
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public string En { get; set; } = "";
    public string Fr { get; set; } = "";
    public string Es { get; set; } = "";
    public string Note { get; set; } = "";

    public string In(string language) => language switch
    {
        "fr" => Fr,
        "es" => Es,
        _ => En,
    };
}
