using Events.Core.Calendar;
using Events.Core.Demo;
using Events.Core.Events;

namespace Events.Tests.Calendar;

public sealed class InvitationCalendarTests
{
    private static readonly DateTime Now = new(2021, 10, 1, 9, 0, 0, DateTimeKind.Utc);

    private static InvitationRequest Invitation(Event ev, string method = CalendarMethod.Request) =>
        new(ev, method, "Digital technology and anti-trafficking", "Agenda…", "https://stream.example.org/gpf2021/fr")
        {
            Attendee = new CalendarAttendee("42", "ada@example.org", "Ada Lovelace"),
        };

    [Fact]
    public void DemoEvent_ReadByAnIndependentParser_Is14To1530Utc()
    {
        var ics = new IcsReader(InvitationCalendar.Build(Invitation(ModelEvent.Build(Now)), Now));

        Assert.Equal(new DateTime(2021, 10, 26, 14, 0, 0, DateTimeKind.Utc), ics.EventInstantUtc("DTSTART"));
        Assert.Equal(new DateTime(2021, 10, 26, 15, 30, 0, DateTimeKind.Utc), ics.EventInstantUtc("DTEND"));
        Assert.Equal("Europe/Paris", ics.Parameters("VCALENDAR/VEVENT", "DTSTART")["TZID"]);
    }

    [Theory]
    [InlineData(2021, 1, 15, 9)]
    [InlineData(2021, 3, 28, 8)]
    [InlineData(2021, 7, 1, 8)]
    [InlineData(2021, 10, 31, 9)]
    [InlineData(2030, 7, 1, 8)]
    public void ZoneBlock_PlacesWinterAndSummerDatesRight(int year, int month, int day, int utcHour)
    {
        var ev = ModelEvent.Build(Now);
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        ev.StartsAtUtc = EventTime.ToUtc(new DateTime(year, month, day, 10, 0, 0), zone)!.Value;
        ev.EndsAtUtc = ev.StartsAtUtc.AddHours(1);

        var ics = new IcsReader(InvitationCalendar.Build(Invitation(ev), Now));

        Assert.Equal(new DateTime(year, month, day, utcHour, 0, 0, DateTimeKind.Utc), ics.EventInstantUtc("DTSTART"));
    }

    [Fact]
    public void Invitation_CarriesTheRfc5545Essentials()
    {
        var ev = ModelEvent.Build(Now);
        ev.Id = 7;
        ev.Sequence = 3;

        var text = InvitationCalendar.Build(Invitation(ev), Now);
        var ics = new IcsReader(text);

        Assert.DoesNotContain(text.Replace("\r\n", "", StringComparison.Ordinal), c => c is '\r' or '\n');
        Assert.Equal("REQUEST", ics.Value("VCALENDAR", "METHOD"));
        Assert.Equal("2.0", ics.Value("VCALENDAR", "VERSION"));
        Assert.Equal("event-7-42@events.local", ics.Value("VCALENDAR/VEVENT", "UID"));
        Assert.Equal("3", ics.Value("VCALENDAR/VEVENT", "SEQUENCE"));
        Assert.Equal("20211001T090000Z", ics.Value("VCALENDAR/VEVENT", "DTSTAMP"));
        Assert.Equal("mailto:organiser@example.org", ics.Value("VCALENDAR/VEVENT", "ORGANIZER"), ignoreCase: true);
        Assert.Equal("mailto:ada@example.org", ics.Value("VCALENDAR/VEVENT", "ATTENDEE"), ignoreCase: true);
        Assert.Equal("https://stream.example.org/gpf2021/fr", ics.Value("VCALENDAR/VEVENT", "URL"));
        Assert.Equal("Digital technology and anti-trafficking", ics.Value("VCALENDAR/VEVENT", "SUMMARY"));
        Assert.Equal("-PT15M", ics.Value("VCALENDAR/VEVENT/VALARM", "TRIGGER"));
        Assert.Equal("DISPLAY", ics.Value("VCALENDAR/VEVENT/VALARM", "ACTION"));
    }

    [Fact]
    public void Cancellation_KeepsTheUid_AndRaisesTheSequence()
    {
        var ev = ModelEvent.Build(Now);
        ev.Sequence = 2;
        var request = new IcsReader(InvitationCalendar.Build(Invitation(ev), Now));
        var cancel = new IcsReader(InvitationCalendar.Build(Invitation(ev, CalendarMethod.Cancel), Now));

        Assert.Equal("CANCEL", cancel.Value("VCALENDAR", "METHOD"));
        Assert.Equal("CANCELLED", cancel.Value("VCALENDAR/VEVENT", "STATUS"));
        Assert.Equal(request.Value("VCALENDAR/VEVENT", "UID"), cancel.Value("VCALENDAR/VEVENT", "UID"));
        Assert.True(int.Parse(cancel.Value("VCALENDAR/VEVENT", "SEQUENCE"), System.Globalization.CultureInfo.InvariantCulture)
            > int.Parse(request.Value("VCALENDAR/VEVENT", "SEQUENCE"), System.Globalization.CultureInfo.InvariantCulture));
    }
}
