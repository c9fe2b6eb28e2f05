namespace Events.Core.Email.Templates;

/// <summary>
/// Everything one message says, already in the reader's language: <see cref="EmailTemplate"/> lays it out as HTML and
/// <see cref="EmailText"/> as plain text, so the two parts carry the same facts.
/// </summary>
public sealed record EmailView
{
    /// <summary>The language of the message's own words (the <c>lang</c> of the document).</summary>
    public required string Language { get; init; }
    public required string Subject { get; init; }

    /// <summary>The event's (or forum's) title, shown in the header.</summary>
    public required Phrase Title { get; init; }
    public string? Greeting { get; init; }
    public IReadOnlyList<Phrase> Message { get; init; } = [];

    /// <summary>The organiser's own note with a decision.</summary>
    public EmailFact? Note { get; init; }
    public EmailLink? Button { get; init; }

    /// <summary>When and where: one entry for an event (untitled, the header names it), one per session for a booking.</summary>
    public IReadOnlyList<EmailSession> Sessions { get; init; } = [];
    public IReadOnlyList<EmailSection> Sections { get; init; } = [];

    /// <summary>Said near the button when it carries a personal link.</summary>
    public string? Warning { get; init; }

    /// <summary>Change and cancel links, beside the button.</summary>
    public IReadOnlyList<EmailLink> Actions { get; init; } = [];
    public string? CalendarNote { get; init; }
    public EmailContact? Contact { get; init; }
    public string? Privacy { get; init; }
    public required string Footer { get; init; }

    /// <summary>What follows a label: French puts a (no-break) space before the colon.</summary>
    public string Colon => Language == "fr" ? "\u00A0:" : ":";
}

/// <summary>A text and, when it differs from the message's, the language it is written in.</summary>
public sealed record Phrase(string Text, string? Lang = null)
{
    /// <summary>A text standing in from the original language says so, for screen readers and translation tools.</summary>
    public static Phrase From(LocalizedText text) => new(text.Text, text.IsFallback ? text.Language : null);
}

public sealed record EmailLink(string Label, string Url);

public sealed record EmailFact(string Label, Phrase Value);

public sealed record EmailContact(string Label, string Name, string Email);

/// <summary>One event's time and place; <see cref="Title"/> only when the message lists several.</summary>
public sealed record EmailSession(IReadOnlyList<EmailFact> Facts)
{
    public Phrase? Title { get; init; }
    public string? Status { get; init; }
    public EmailLink? Link { get; init; }
    public string CalendarLabel { get; init; } = "";

    /// <summary>Add-to-calendar links: public details only, never a personal link.</summary>
    public IReadOnlyList<EmailLink> Calendar { get; init; } = [];
}

/// <summary>A titled part of the message: a note, then a list or a table.</summary>
public sealed record EmailSection(string Heading)
{
    public string? Note { get; init; }
    public IReadOnlyList<EmailItem> Items { get; init; } = [];
    public bool Ordered { get; init; }
    public EmailTable? Table { get; init; }
}

public sealed record EmailItem(Phrase Text)
{
    public EmailLink? Link { get; init; }
    public IReadOnlyList<Phrase> Details { get; init; } = [];
}

public sealed record EmailTable(IReadOnlyList<Phrase> Columns, IReadOnlyList<IReadOnlyList<Phrase>> Rows);
