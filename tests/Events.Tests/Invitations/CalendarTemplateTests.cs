using Events.Core.Calendar;
using Events.Core.Demo;

namespace Events.Tests.Invitations;

public sealed class CalendarTemplateTests
{
    private static readonly DateTime Now = new(2021, 10, 1, 9, 0, 0, DateTimeKind.Utc);

    public static TheoryData<string, string> Attendees => new()
    {
        { "Ada Lovelace", "ada@example.org" },
        { "", "nobody@example.org" },
        { "Tom & Jerry <script>alert(1)</script>", "tom@example.org" },
        { "Dupont; \"Jean\", de la Fontaine\\", "jean@example.org" },
        { "María-José Ñúñez Ørsted 山田 " + new string('x', 120), "maria.jose.a.very.long.address.indeed@sub.example.org" },
    };

    [Theory]
    [MemberData(nameof(Attendees))]
    public void Template_ForEachAttendee_IsByteIdenticalToAFreshBuild(string name, string email)
    {
        var ev = ModelEvent.Build(Now);
        ev.Id = 7;
        ev.Sequence = 3;
        var request = new InvitationRequest(ev, CalendarMethod.Request, "Digital technology", "Agenda\nand more", "https://example.org/events/x")
        {
            Language = "fr",
            Attendee = new CalendarAttendee("1", "first@example.org", "First"),
        };
        var template = CalendarTemplate.For(request, Now);
        var attendee = new CalendarAttendee("4242", email, name);

        var fresh = InvitationCalendar.Build(request with { Attendee = attendee }, Now);

        Assert.Equal(fresh, template.For(attendee));
        Assert.Contains("4242", template.For(attendee), StringComparison.Ordinal);
    }

    [Fact]
    public void Template_TwoAttendees_DifferOnlyInUidAndAttendeeLines()
    {
        var ev = ModelEvent.Build(Now);
        ev.Id = 7;
        var request = new InvitationRequest(ev, CalendarMethod.Cancel, "Digital technology", "Agenda", null);
        var template = CalendarTemplate.For(request, Now);

        var ada = template.For(new CalendarAttendee("1", "ada@example.org", "Ada")).Split("\r\n");
        var bob = template.For(new CalendarAttendee("2", "bob@example.org", "Bob")).Split("\r\n");

        var differing = ada.Zip(bob).Where(p => p.First != p.Second).Select(p => p.First.Split(':', ';')[0]).ToList();
        Assert.Equal(ada.Length, bob.Length);
        Assert.Equal(["ATTENDEE", "UID"], differing.Order(StringComparer.Ordinal));
    }
}
