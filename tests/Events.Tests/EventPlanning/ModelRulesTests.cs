using Events.Core.Agenda;
using Events.Core.Events;
using Events.Core.Readings;
using Events.Tests.Infrastructure;

namespace Events.Tests.EventPlanning;

public sealed class ModelRulesTests
{
    private static Event NewEvent()
    {
        var ev = new Event { Slug = "", Title = "", TimeZoneId = "" };
        Assert.True(EventRules.Apply(TestData.Event(), ev).IsValid);
        return ev;
    }

    [Fact]
    public void EventTimes_AreStoredInUtc_FromTheZonesSummerTime()
    {
        var ev = NewEvent();
        Assert.Equal(new DateTime(2021, 10, 26, 14, 0, 0, DateTimeKind.Utc), ev.StartsAtUtc);
        Assert.Equal(new DateTime(2021, 10, 26, 15, 30, 0, DateTimeKind.Utc), ev.EndsAtUtc);
    }

    [Fact]
    public void AmbiguousAutumnTime_TakesStandardTime_AndGapTimeIsRefused()
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        Assert.Null(EventTime.ToUtc(new DateTime(2021, 3, 28, 2, 30, 0), paris));
        Assert.Equal(new DateTime(2021, 10, 31, 1, 30, 0), EventTime.ToUtc(new DateTime(2021, 10, 31, 2, 30, 0), paris));
    }

    [Theory]
    [InlineData("Europe/Paris", true)]
    [InlineData("America/Bogota", true)]
    [InlineData("UTC", true)]
    [InlineData("CET", false)]
    [InlineData("Europe/Atlantis", false)]
    [InlineData("", false)]
    public void TimeZones_MustBeIana(string id, bool valid) => Assert.Equal(valid, EventTime.TryFindZone(id, out _));

    [Fact]
    public void AgendaItem_ThatTouchesButDoesNotOverlap_IsAccepted()
    {
        var ev = NewEvent();
        var first = new AgendaItem { Title = "" };
        Assert.True(AgendaRules.Apply(TestData.Item("A", 16, 0, 10), first, ev).IsValid);
        ev.AgendaItems.Add(first);
        Assert.True(AgendaRules.Apply(TestData.Item("B", 16, 10, 10), new AgendaItem { Title = "" }, ev).IsValid);
        Assert.False(AgendaRules.Apply(TestData.Item("C", 16, 9, 10), new AgendaItem { Title = "" }, ev).IsValid);
    }

    [Fact]
    public void AgendaPeople_MustBeSpeakersOfTheEvent()
    {
        var ev = NewEvent();
        var errors = AgendaRules.Apply(TestData.Item("A", 16, 0, 10, AgendaItemKind.Panel, new AgendaPersonInput(99, AgendaRole.Panellist, null)),
            new AgendaItem { Title = "" }, ev);
        Assert.Equal(["people"], errors.ToDictionary().Keys);
    }

    [Fact]
    public void Reading_RendersAsCitationWithDoiLink()
    {
        var reading = new Reading
        {
            Authors = "Milivojevic, S., Moore, H., and Segrave, M.", Year = 2020,
            Title = "Freeing the Modern Slaves, One Click at a Time", Publisher = "Anti-Trafficking Review, 14, pp. 16-32",
            Doi = "10.14197/atr.201220142",
        };
        Assert.Equal("Milivojevic, S., Moore, H., and Segrave, M. (2020) Freeing the Modern Slaves, One Click at a Time. Anti-Trafficking Review, 14, pp. 16-32. doi: 10.14197/atr.201220142", reading.Citation());
        Assert.Equal("https://doi.org/10.14197/atr.201220142", reading.Link);
    }

    [Fact]
    public void ChangingTheTime_RaisesTheSequence_ButEditingTheTitleDoesNot()
    {
        var ev = NewEvent();
        var sequence = ev.Sequence;
        EventRules.Apply(TestData.Event() with { Title = "Renamed" }, ev);
        Assert.Equal(sequence, ev.Sequence);
        EventRules.Apply(TestData.Event() with { Start = new DateTime(2021, 10, 26, 15, 0, 0) }, ev);
        Assert.Equal(sequence + 1, ev.Sequence);
    }
}
