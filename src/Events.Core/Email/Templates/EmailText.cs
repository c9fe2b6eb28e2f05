using System.Text;

namespace Events.Core.Email.Templates;

/// <summary>The plain-text part: the same facts as the HTML, in the same order.</summary>
public static class EmailText
{
    public static string Render(EmailView view)
    {
        var text = new StringBuilder();
        text.Append(view.Title.Text).Append("\n\n");
        if (view.Greeting is { } greeting)
        {
            text.Append(greeting).Append("\n\n");
        }
        foreach (var paragraph in view.Message)
        {
            text.Append(paragraph.Text).Append("\n\n");
        }
        if (view.Note is { } note)
        {
            text.Append(CultureInfo.InvariantCulture, $"{note.Label}{view.Colon} {note.Value.Text}\n\n");
        }
        foreach (var session in view.Sessions)
        {
            Session(text, session, view.Colon);
        }
        if (view.Button is { } button)
        {
            text.Append(CultureInfo.InvariantCulture, $"{button.Label}{view.Colon} {button.Url}\n");
        }
        if (view.Warning is { } warning)
        {
            text.Append(warning).Append('\n');
        }
        foreach (var action in view.Actions)
        {
            text.Append(CultureInfo.InvariantCulture, $"{action.Label}{view.Colon} {action.Url}\n");
        }
        if (view.Button is not null || view.Warning is not null || view.Actions.Count > 0)
        {
            text.Append('\n');
        }
        foreach (var section in view.Sections)
        {
            Section(text, section);
        }
        Line(text, view.CalendarNote);
        if (view.Contact is { } contact)
        {
            text.Append(CultureInfo.InvariantCulture, $"{contact.Label}{view.Colon} {contact.Name} <{contact.Email}>\n");
        }
        text.Append("\n-- \n");
        Line(text, view.Privacy);
        text.Append(view.Footer).Append('\n');
        return text.ToString();
    }

    private static void Line(StringBuilder text, string? line)
    {
        if (line is not null)
        {
            text.Append(line).Append('\n');
        }
    }

    private static void Session(StringBuilder text, EmailSession session, string colon)
    {
        Line(text, session.Title?.Text);
        foreach (var fact in session.Facts)
        {
            text.Append(CultureInfo.InvariantCulture, $"{fact.Label}{colon} {fact.Value.Text}\n");
        }
        Line(text, session.Status);
        if (session.Link is { } link)
        {
            text.Append(CultureInfo.InvariantCulture, $"{link.Label}{colon} {link.Url}\n");
        }
        if (session.Calendar.Count > 0)
        {
            text.Append(session.CalendarLabel).Append(colon).Append('\n');
            foreach (var entry in session.Calendar)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {entry.Label}{colon} {entry.Url}\n");
            }
        }
        text.Append('\n');
    }

    private static void Section(StringBuilder text, EmailSection section)
    {
        text.Append(section.Heading).Append('\n');
        Line(text, section.Note);
        if (section.Table is { } table)
        {
            foreach (var row in table.Rows.Prepend(table.Columns))
            {
                text.Append(string.Join("  ", row.Select(c => c.Text).Where(c => c.Length > 0))).Append('\n');
            }
        }
        var number = 1;
        foreach (var item in section.Items)
        {
            var marker = section.Ordered ? $"{number++}." : "-";
            var link = item.Link is null ? "" : " " + item.Link.Url;
            text.Append(CultureInfo.InvariantCulture, $"{marker} {item.Text.Text}{link}\n");
            foreach (var detail in item.Details)
            {
                text.Append(CultureInfo.InvariantCulture, $"   {detail.Text}\n");
            }
        }
        text.Append('\n');
    }
}
