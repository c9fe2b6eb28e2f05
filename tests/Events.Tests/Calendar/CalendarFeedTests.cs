using System.Net;
using Events.Core.Demo;
using Events.Tests.Infrastructure;

namespace Events.Tests.Calendar;

public sealed class CalendarFeedTests : IDisposable
{
    private readonly EventsApp _app = new(new() { ["Demo:Enabled"] = "true" });

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task PublicFeed_PublishesTheEventAtTheRightInstant()
    {
        var response = await _app.CreateClient().GetAsync(new Uri($"/events/{ModelEvent.Slug}/calendar.ics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var ics = new IcsReader(await response.Content.ReadAsStringAsync());
        Assert.Equal("PUBLISH", ics.Value("VCALENDAR", "METHOD"));
        Assert.Equal(new DateTime(2021, 10, 26, 14, 0, 0, DateTimeKind.Utc), ics.EventInstantUtc("DTSTART"));
        Assert.Equal(new DateTime(2021, 10, 26, 15, 30, 0, DateTimeKind.Utc), ics.EventInstantUtc("DTEND"));
        Assert.DoesNotContain(ics.Lines, l => l.Name == "ATTENDEE");
    }

    [Fact]
    public async Task PublicFeed_UnknownEvent_Is404()
    {
        var response = await _app.CreateClient().GetAsync(new Uri("/events/no-such-event/calendar.ics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
