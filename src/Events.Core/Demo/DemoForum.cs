using Events.Core.Forums;

namespace Events.Core.Demo;

/// <summary>The GPC Global Protection Forum 2021 as a demo forum: the model event and an invented second session.</summary>
public static class DemoForum
{
    public const string Slug = "gpc-forum-2021";

    /// <summary>
    /// Adds the forum and its second session when they are missing, dated from the model event (the second session is
    /// the next day), so a restart neither duplicates them nor moves them. Anything already there is left alone.
    /// </summary>
    public static async Task AddMissingAsync(EventsDbContext db, Event modelEvent, DateTime nowUtc, CancellationToken ct)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(modelEvent.StartsAtUtc, modelEvent.TimeZone));
        var forum = await db.Forums.SingleOrDefaultAsync(f => f.Slug == Slug, ct);
        if (forum is null)
        {
            forum = Build(day, day.AddDays(1), nowUtc);
            db.Forums.Add(forum);
            await db.SaveChangesAsync(ct);
            modelEvent.ForumId = forum.Id;
        }
        if (!await db.Events.AnyAsync(e => e.Slug == DisabilityInclusionSession.Slug, ct))
        {
            var session = DisabilityInclusionSession.Build(nowUtc, day.AddDays(1));
            session.ForumId = forum.Id;
            db.Events.Add(session);
        }
        await db.SaveChangesAsync(ct);
    }

    public static Forum Build(DateOnly startsOn, DateOnly endsOn, DateTime nowUtc)
    {
        var forum = new Forum
        {
            Slug = Slug,
            Title = "GPC Global Protection Forum 2021",
            Summary = "Demo data. The Global Protection Cluster's yearly forum as a series of online thematic sessions. The session on digital technology and anti-trafficking action follows the forum's real concept note; the other session is invented for the demo.",
            OriginalLanguage = "en",
            StartsOn = startsOn,
            EndsOn = endsOn,
            CreatedAtUtc = nowUtc,
        };
        forum.Translations.Set("fr", nameof(Forum.Title), "Forum mondial de la protection 2021 du GPC");
        forum.Translations.Set("es", nameof(Forum.Title), "Foro Global de Protección 2021 del GPC");
        forum.Translations.Set("fr", nameof(Forum.Summary), "Données de démonstration. Le forum annuel du Groupe mondial de la protection (GPC), sous la forme d'une série de sessions thématiques en ligne. La session sur les technologies numériques et la lutte contre la traite des êtres humains reprend la note conceptuelle réelle du forum ; l'autre session a été inventée pour la démonstration.");
        forum.Translations.Set("es", nameof(Forum.Summary), "Datos de demostración. El foro anual del Grupo Global de Protección (GPC), como una serie de sesiones temáticas en línea. La sesión sobre tecnología digital y lucha contra la trata de personas sigue la nota conceptual real del foro; la otra sesión es ficticia, creada para la demostración.");
        return forum;
    }
}
