using Events.Core.Events;
using Events.Core.FollowUps;
using Events.Core.Forums;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Events.Tests.Email;

/// <summary>The translated event of <see cref="ContentLanguageSeed"/>, in a forum with a reply-to address and with a follow-up written.</summary>
internal static class PreviewSeed
{
    public const string Slug = "forum-i18n";
    public const string ForumReplyTo = "replies@forum.example.org";

    public static readonly Dictionary<string, string> Titles = new()
    {
        ["en"] = ContentLanguageSeed.Title, ["fr"] = ContentLanguageSeed.Fr[ContentLanguageSeed.Title], ["es"] = ContentLanguageSeed.Es[ContentLanguageSeed.Title],
    };

    /// <summary>The follow-up's subject per language: the follow-up names no event title, so the preview shows the organiser's words.</summary>
    public static readonly Dictionary<string, string> FollowUpSubjects = new()
    {
        ["en"] = "Thank you for coming", ["fr"] = "Merci d’être venu·e", ["es"] = "Gracias por venir",
    };

    public static async Task<Event> EventAsync(EventsApp app, bool inForum = true)
    {
        var ev = await ContentLanguageSeed.EventAsync(app);
        await app.WithDbAsync(async db =>
        {
            if (inForum)
            {
                var forum = new Forum
                {
                    Slug = "gpc", Title = "Global Protection Forum", ReplyToAddress = ForumReplyTo,
                    StartsOn = DateOnly.FromDateTime(ev.StartsAtUtc), EndsOn = DateOnly.FromDateTime(ev.StartsAtUtc),
                };
                db.Forums.Add(forum);
                await db.SaveChangesAsync();
                await db.Events.Where(e => e.Id == ev.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.ForumId, forum.Id));
            }
            db.FollowUps.Add(new FollowUpDraft
            {
                EventId = ev.Id,
                Messages = FollowUpSubjects.Select(s => new FollowUpMessage
                {
                    Language = s.Key, Subject = s.Value, Message = "…", AbsentSubject = s.Value, AbsentMessage = "…",
                }).ToList(),
            });
            return await db.SaveChangesAsync();
        });
        return ev;
    }

    /// <summary>The event's own words the HTML of <paramref name="kind"/> shows: the follow-up has no title, but the reading's note.</summary>
    public static string InHtml(string kind, string language) => kind != "FollowUp" ? Titles[language]
        : language == "en" ? ContentLanguageSeed.Note
        : (language == "fr" ? ContentLanguageSeed.Fr : ContentLanguageSeed.Es)[ContentLanguageSeed.Note];

    /// <summary>What the preview of <paramref name="kind"/> in <paramref name="language"/> must show.</summary>
    public static string Expected(string kind, string language) => kind == "FollowUp" ? FollowUpSubjects[language] : Titles[language];
}
