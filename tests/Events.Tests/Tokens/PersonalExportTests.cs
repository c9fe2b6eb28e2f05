using System.Text.Json;
using System.Text.Json.Nodes;
using Events.Core.Email;
using Events.Core.Live;
using Events.Core.Registrations;
using Events.Tests.Forums;
using Events.Tests.Infrastructure;
using Events.Tests.Registrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.Tokens;

public sealed class PersonalExportTests : IDisposable
{
    private readonly Mailbox _mail = new(Path.Combine(Path.GetTempPath(), "events-mail-" + Guid.NewGuid().ToString("N")));
    private readonly EventsApp _app;

    public PersonalExportTests() => _app = new EventsApp(new() { ["Smtp:DropDirectory"] = _mail.Folder });

    public void Dispose()
    {
        _app.Dispose();
        _mail.Delete();
    }

    [Fact]
    public async Task Export_HoldsRegistrationAnswersQuestionsVotesAttendanceEmailsAndBooking_ButNoLink()
    {
        await _app.ForumWithTwoEventsAsync();
        var client = _app.CreateClient();
        (await client.PostFormAsync("/forums/gpc?lang=fr", "", ForumTestKit.BookingFields("opening-day-one", "panel-day-two"))).EnsureSuccessStatusCode();
        await _app.RunBookingEmailsAsync();
        var ana = await _app.WithDbAsync(db => db.Registrations.SingleAsync(r => db.Events.Any(e => e.Id == r.EventId && e.Slug == "opening-day-one")));
        using (var scope = _app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IRegistrationEmailJobs>().SendAsync(ana.Id, EmailKind.LinkAgain, CancellationToken.None);
        }
        var start = await SeedLiveAsync(ana);
        var token = _app.TokenOf(ana);
        Assert.Contains(token, _mail.Tokens());

        var text = await client.GetStringAsync($"/r/{token}?handler=Export");
        var export = JsonDocument.Parse(text).RootElement;

        Assert.Equal("opening-day-one", export.GetProperty("event").GetProperty("slug").GetString());
        var registration = export.GetProperty("registration");
        Assert.Equal(("Ana Example", "ana@example.org", "fr", "Confirmed"), (registration.GetProperty("name").GetString(),
            registration.GetProperty("email").GetString(), registration.GetProperty("language").GetString(), registration.GetProperty("status").GetString()));
        Assert.Equal(["How will you attend?:Online"], Strings(export, "answers", a => $"{a.GetProperty("question").GetString()}:{a.GetProperty("answer").GetString()}"));
        Assert.Equal(["How do we fund local partners?:Published"], Strings(export, "questions", q => $"{q.GetProperty("text").GetString()}:{q.GetProperty("status").GetString()}"));
        Assert.Equal(start.AddMinutes(20), export.GetProperty("questions")[0].GetProperty("askedAtUtc").GetDateTime());
        Assert.Equal(["What about rural areas?"], Strings(export, "votes", v => v.GetProperty("question").GetString()!));
        var attendance = export.GetProperty("attendance");
        Assert.Equal(40, attendance.GetProperty("minutesPresent").GetInt32());
        Assert.Equal(start, attendance.GetProperty("connections")[0].GetProperty("connectedAtUtc").GetDateTime());
        Assert.Equal(["Confirmed:Sent", "LinkAgain:Sent"], Strings(export, "emails", e => $"{e.GetProperty("kind").GetString()}:{e.GetProperty("status").GetString()}"));
        var booking = export.GetProperty("booking");
        Assert.Equal("Global Protection Forum", booking.GetProperty("forum").GetString());
        Assert.Equal(2, booking.GetProperty("sessions").GetArrayLength());
        Assert.DoesNotContain(token, text, StringComparison.Ordinal);
        // The JSON door gives the same document; a token nobody holds gets nothing.
        var api = JsonNode.Parse(await client.GetStringAsync($"/api/registrations/{token}/export"));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(text), api), "The API's export differs from the page's.");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/api/registrations/not-a-token/export")).StatusCode);
        Assert.DoesNotContain(ana.TokenHash, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ana.LinkSeed, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Someone Else", text, StringComparison.Ordinal);
    }

    private static List<string> Strings(JsonElement export, string section, Func<JsonElement, string> line) =>
        export.GetProperty(section).EnumerateArray().Select(line).ToList();

    /// <summary>An answer, a question of hers, her vote on someone else's, and 40 minutes on the live page.</summary>
    private Task<DateTime> SeedLiveAsync(Registration ana) => _app.WithDbAsync(async db =>
    {
        var start = await db.Events.Where(e => e.Id == ana.EventId).Select(e => e.StartsAtUtc).SingleAsync();
        var question = new RegistrationQuestion { EventId = ana.EventId, Label = "How will you attend?", Kind = QuestionKind.Text };
        db.RegistrationQuestions.Add(question);
        await db.SaveChangesAsync();
        db.RegistrationAnswers.Add(new RegistrationAnswer { RegistrationId = ana.Id, QuestionId = question.Id, Value = "Online" });
        var key = Participant.AttendeeKey(ana.Id);
        db.Questions.Add(new Question
        {
            EventId = ana.EventId, AskerKey = key, RegistrationId = ana.Id, AskerName = ana.Name, Text = "How do we fund local partners?",
            Status = QuestionStatus.Published, CreatedAtUtc = start.AddMinutes(20), UpdatedAtUtc = start.AddMinutes(20),
        });
        var other = new Question
        {
            EventId = ana.EventId, AskerKey = "g:someone", AskerName = "Someone Else", Text = "What about rural areas?",
            Status = QuestionStatus.Published, CreatedAtUtc = start.AddMinutes(25), UpdatedAtUtc = start.AddMinutes(25),
        };
        db.Questions.Add(other);
        await db.SaveChangesAsync();
        db.QuestionVotes.Add(new QuestionVote { QuestionId = other.Id, VoterKey = key, CreatedAtUtc = start.AddMinutes(30) });
        db.LiveConnections.Add(new LiveConnection
        {
            ConnectionId = "c1", EventId = ana.EventId, ParticipantKey = key, RegistrationId = ana.Id, Role = ParticipantRole.Attendee,
            ConnectedAtUtc = start, DisconnectedAtUtc = start.AddMinutes(40),
        });
        await db.SaveChangesAsync();
        return start;
    });
}
