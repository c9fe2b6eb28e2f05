using System.Net.Http.Json;
using Events.Core.Email;
using Events.Core.Events;
using Events.Core.Interpretation;
using Events.Core.Live;
using Events.Core.Registrations;
using Events.Core.Reports;
using Events.Tests.Infrastructure;

namespace Events.Tests.Reports;

public sealed class ReportTests : IDisposable
{
    private static readonly DateTime Start = new(2021, 10, 26, 14, 0, 0, DateTimeKind.Utc);

    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    private static Registration Registration(string name, RegistrationStatus status, string language, int? channelId, DateTime created) => new()
    {
        TokenHash = Guid.NewGuid().ToString("N"), Name = name, Email = name + "@example.org", Status = status, Language = language,
        ChannelId = channelId, CreatedAtUtc = created,
    };

    private static LiveConnection Connection(int eventId, int? registrationId, ParticipantRole role, int from, int to) => new()
    {
        ConnectionId = Guid.NewGuid().ToString("N"), EventId = eventId, ParticipantKey = $"{role}:{registrationId}", RegistrationId = registrationId,
        Role = role, ConnectedAtUtc = Start.AddMinutes(from), DisconnectedAtUtc = Start.AddMinutes(to),
    };

    private Task<int> SeedAsync() => _app.WithDbAsync(async db =>
    {
        var ev = new Event
        {
            Slug = "forum-2021", Title = "Protection forum", TimeZoneId = "Europe/Paris", StartsAtUtc = Start, EndsAtUtc = Start.AddMinutes(90),
            Status = EventStatus.Ended,
            Channels =
            [
                new InterpretationChannel { LanguageCode = "en", Label = "Floor", IsFloor = true },
                new InterpretationChannel { LanguageCode = "fr", Label = "Français" },
                new InterpretationChannel { LanguageCode = "es", Label = "=Español" },
            ],
        };
        db.Events.Add(ev);
        await db.SaveChangesAsync();
        var (floor, french) = (ev.Channels[0].Id, ev.Channels[1].Id);
        var ana = Registration("ana", RegistrationStatus.Confirmed, "en", floor, new DateTime(2021, 10, 1, 10, 0, 0, DateTimeKind.Utc));
        // 22:30 UTC is already the next day in Paris: days are counted in the event's zone.
        var ben = Registration("ben", RegistrationStatus.Confirmed, "fr", french, new DateTime(2021, 10, 1, 22, 30, 0, DateTimeKind.Utc));
        var cy = Registration("cy", RegistrationStatus.Confirmed, "es", null, new DateTime(2021, 10, 2, 9, 0, 0, DateTimeKind.Utc));
        var dee = Registration("dee", RegistrationStatus.Cancelled, "en", floor, new DateTime(2021, 10, 3, 9, 0, 0, DateTimeKind.Utc));
        var eve = Registration("eve", RegistrationStatus.WaitingList, "fr", null, new DateTime(2021, 10, 3, 10, 0, 0, DateTimeKind.Utc));
        foreach (var r in new[] { ana, ben, cy, dee, eve })
        {
            r.EventId = ev.Id;
        }
        db.Registrations.AddRange(ana, ben, cy, dee, eve);
        await db.SaveChangesAsync();
        db.LiveConnections.AddRange(
            Connection(ev.Id, ana.Id, ParticipantRole.Attendee, 0, 30),
            Connection(ev.Id, ana.Id, ParticipantRole.Attendee, 10, 20), // a second tab: still one person
            Connection(ev.Id, ben.Id, ParticipantRole.Attendee, 20, 25), // five minutes: not attended
            Connection(ev.Id, cy.Id, ParticipantRole.Attendee, 25, 60), // joins as Ben leaves: no overlap
            Connection(ev.Id, null, ParticipantRole.Staff, 0, 90));
        foreach (var status in new[] { QuestionStatus.Pending, QuestionStatus.Published, QuestionStatus.Answering, QuestionStatus.Answered, QuestionStatus.Answered, QuestionStatus.Dismissed })
        {
            db.Questions.Add(new Question { EventId = ev.Id, AskerKey = "k", Text = "Why?", Status = status });
        }
        var key = 0;
        void Delivery(EmailKind kind, EmailDeliveryStatus status) => db.EmailDeliveries.Add(new EmailDelivery
        {
            Key = $"test:{key++}", EventId = ev.Id, Recipient = "x@example.org", Kind = kind, Status = status,
        });
        Delivery(EmailKind.Confirmed, EmailDeliveryStatus.Sent);
        Delivery(EmailKind.Confirmed, EmailDeliveryStatus.Sent);
        Delivery(EmailKind.Confirmed, EmailDeliveryStatus.Sent);
        Delivery(EmailKind.Reminder, EmailDeliveryStatus.Queued);
        Delivery(EmailKind.FollowUp, EmailDeliveryStatus.Sent);
        Delivery(EmailKind.FollowUp, EmailDeliveryStatus.Sent);
        Delivery(EmailKind.FollowUp, EmailDeliveryStatus.Failed);
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task Report_MatchesTheSeededEvent_InJsonAndCsv()
    {
        await SeedAsync();
        var organiser = await _app.OrganiserAsync();

        var report = await organiser.GetFromJsonAsync<EventReport>("/api/organiser/events/forum-2021/report");
        var csv = await organiser.GetStringAsync("/api/organiser/events/forum-2021/report.csv");

        Assert.Equal([new DayCount("2021-10-01", 1), new DayCount("2021-10-02", 2), new DayCount("2021-10-03", 2)], report!.RegistrationsPerDay);
        Assert.Equal(new Dictionary<string, int> { ["Confirmed"] = 3, ["Pending"] = 0, ["WaitingList"] = 1, ["Declined"] = 0, ["Cancelled"] = 1, ["Unconfirmed"] = 0 },
            report.RegistrationsByStatus);
        Assert.Equal(new Dictionary<string, int> { ["en"] = 1, ["fr"] = 1, ["es"] = 1 }, report.ConfirmedByLanguage);
        Assert.Equal(new Dictionary<string, int> { ["Floor"] = 1, ["Français"] = 1, ["=Español"] = 0, ["(none)"] = 1 }, report.ConfirmedByChannel);
        Assert.Equal(new AttendanceFigures(Confirmed: 3, Attended: 2, Rate: 0.6667m, PeakConcurrent: 2), report.Attendance);
        Assert.Equal(new QuestionFigures(Asked: 6, Approved: 4, Answered: 2), report.Questions);
        Assert.Equal([new EmailFigures("Confirmed", 3, 0), new EmailFigures("Reminder", 0, 0), new EmailFigures("FollowUp", 2, 1)], report.Emails);
        Assert.Equal("""
            section,key,value
            registrations_per_day,2021-10-01,1
            registrations_per_day,2021-10-02,2
            registrations_per_day,2021-10-03,2
            registrations_by_status,Confirmed,3
            registrations_by_status,Pending,0
            registrations_by_status,WaitingList,1
            registrations_by_status,Declined,0
            registrations_by_status,Cancelled,1
            registrations_by_status,Unconfirmed,0
            confirmed_by_language,en,1
            confirmed_by_language,fr,1
            confirmed_by_language,es,1
            confirmed_by_channel,Floor,1
            confirmed_by_channel,Français,1
            confirmed_by_channel,'=Español,0
            confirmed_by_channel,(none),1
            attendance,confirmed,3
            attendance,attended,2
            attendance,rate,0.6667
            attendance,peak_concurrent,2
            questions,asked,6
            questions,approved,4
            questions,answered,2
            comments,posted,0
            comments,published,0
            emails_sent,Confirmed,3
            emails_failed,Confirmed,0
            emails_sent,Reminder,0
            emails_failed,Reminder,0
            emails_sent,FollowUp,2
            emails_failed,FollowUp,1

            """.Replace("\r\n", "\n", StringComparison.Ordinal), csv);
    }

    [Fact]
    public async Task ReportPage_DrawsAccessibleSvgCharts_WithTheNumbersInTables()
    {
        await SeedAsync();
        var organiser = await _app.OrganiserAsync();

        var html = await organiser.GetStringAsync("/organiser/events/forum-2021/report");

        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"attendance-title attendance-desc\"", html, StringComparison.Ordinal);
        Assert.Contains("<title id=\"attendance-title\">Attendance</title><desc id=\"attendance-desc\">2 of 3 confirmed attended; at most 2 at once.</desc>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">Peak at once</th><td>2</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("Attendance rate <strong>66.7 %</strong>", html, StringComparison.Ordinal);
        // The charts are drawn on the server: the only script is the layout's confirmation dialog.
        Assert.Equal(["/js/confirm.js"], System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*src=\"([^\"?]+)").Select(m => System.Text.RegularExpressions.Regex.Replace(m.Groups[1].Value, @"\.[a-z0-9]{10}\.js$", ".js")));
    }
}
