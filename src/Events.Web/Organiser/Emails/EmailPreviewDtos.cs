using Events.Core.Email.Previews;

namespace Events.Web.Organiser.Emails;

public sealed record EmailPreviewEntryDto(string Kind, string Language, bool Available, string Url);

public sealed record EmailPreviewCatalogueDto(string Slug, string Title, IReadOnlyList<string> Languages, IReadOnlyList<EmailPreviewEntryDto> Entries);

public sealed record EmailPreviewDto(string Kind, string Language, string Subject, string From, string ReplyTo, string To, string Html, string Text, string? Calendar);

public sealed record EmailTestRequest(string? Kind, string? Lang);

public sealed record EmailTestSentDto(string Kind, string Language, string To, string Subject);

public static class EmailPreviewDtos
{
    public static EmailPreviewCatalogueDto ToDto(this PreviewCatalogue c) => new(c.Slug, c.Title, c.Languages,
        c.Entries.Select(e => new EmailPreviewEntryDto(e.Kind.ToString(), e.Language, e.Available,
            $"/api/organiser/events/{c.Slug}/emails/preview?kind={e.Kind}&lang={e.Language}")).ToList());

    public static EmailPreviewDto ToDto(this EmailPreview p) =>
        new(p.Kind.ToString(), p.Language, p.Subject, p.From, p.ReplyTo, p.To, p.Html, p.Text, p.Calendar);
}
