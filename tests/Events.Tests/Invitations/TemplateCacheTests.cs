using Events.Core.Email;
using Events.Core.Events;
using Events.Core.FollowUps;
using Events.Core.Email.Templates;
using Events.Core.Links;
using Events.Core.Registrations;
using Events.Core.Retention;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Events.Tests.Invitations;

public sealed class TemplateCacheTests : IAsyncLifetime
{
    private static readonly string[] Names = ["Ana", "Bob <script>alert(1)</script>", "Tom & Jerry \"TJ\"", "Zoë O'Brien"];
    private readonly EventsApp _app = new();
    private Event _event = null!;
    private List<Registration> _registrations = null!;

    public async Task InitializeAsync()
    {
        var (eventId, _) = await InvitationSeed.SeedAsync(_app, Names.Length * 3, i => Names[(i - 1) % Names.Length]);
        _event = await _app.WithDbAsync(db => db.Events.AsNoTracking().Include(e => e.AgendaItems).Include(e => e.Channels).SingleAsync(e => e.Id == eventId));
        _registrations = await _app.WithDbAsync(db => db.Registrations.AsNoTracking().OrderBy(r => r.Id).ToListAsync());
        // A note from the organiser for some, and a channel for others: each situation is a template of its own.
        _registrations[4].DecisionMessage = "Welcome <b>back</b> & see you";
        _registrations[5].ChannelId = _event.Channels[1].Id;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private RenderedEmail Fresh(IServiceProvider services, Registration registration, EmailKind kind)
    {
        var details = new RegistrationEmailView.Details(_event.AgendaItems, _event.Channels,
            services.GetRequiredService<IOptions<SiteOptions>>().Value.BaseUrl,
            services.GetRequiredService<IOptions<RetentionOptions>>().Value.DaysFor(_event), services.GetRequiredService<PersonalLinks>());
        return EmailRenderer.Render(RegistrationEmailView.For(registration, _event, kind, details));
    }

    [Theory]
    [InlineData(EmailKind.Confirmed)]
    [InlineData(EmailKind.Reminder)]
    [InlineData(EmailKind.Declined)]
    public void Cached_EveryRecipientsEmail_IsTheOneAFreshRenderingGives(EmailKind kind)
    {
        using var scope = _app.Services.CreateScope();
        var jobs = scope.ServiceProvider.GetRequiredService<RegistrationEmailJobs>();

        foreach (var registration in _registrations)
        {
            Assert.Equal(Fresh(scope.ServiceProvider, registration, kind), jobs.Render(registration, _event, kind));
        }
    }

    [Fact]
    public void Cached_TwoRecipientsEmails_DifferOnlyInTheirNameAndLink()
    {
        using var scope = _app.Services.CreateScope();
        var jobs = scope.ServiceProvider.GetRequiredService<RegistrationEmailJobs>();
        var links = scope.ServiceProvider.GetRequiredService<PersonalLinks>();
        // Same language and situation (no note, no channel), so one template serves both.
        var ana = _registrations.First(r => r.Name == "Ana" && r.DecisionMessage is null);
        var bob = _registrations.First(r => r.Language == ana.Language && r.Name.Contains("<script>", StringComparison.Ordinal));
        Assert.Null(bob.ChannelId);

        var forAna = jobs.Render(ana, _event, EmailKind.Confirmed);
        var forBob = jobs.Render(bob, _event, EmailKind.Confirmed);

        Assert.Contains("Bob &lt;script&gt;alert(1)&lt;/script&gt;", forBob.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", forBob.Html, StringComparison.Ordinal);
        Assert.Contains("Bob <script>alert(1)</script>", forBob.Text, StringComparison.Ordinal);
        Assert.Equal(forAna.Subject, forBob.Subject);
        Assert.Equal(Neutral(forAna.Html, "Ana", links.UrlFor(ana)), Neutral(forBob.Html, "Bob &lt;script&gt;alert(1)&lt;/script&gt;", links.UrlFor(bob)));
        Assert.Equal(Neutral(forAna.Text, "Ana", links.UrlFor(ana)), Neutral(forBob.Text, "Bob <script>alert(1)</script>", links.UrlFor(bob)));
    }

    [Fact]
    public void Cached_AmpersandInAName_IsEncodedOnce()
    {
        using var scope = _app.Services.CreateScope();
        var jobs = scope.ServiceProvider.GetRequiredService<RegistrationEmailJobs>();
        var tom = _registrations.First(r => r.Name.StartsWith("Tom", StringComparison.Ordinal));

        var html = jobs.Render(tom, _event, EmailKind.Confirmed).Html;

        Assert.Contains("Tom &amp; Jerry &quot;TJ&quot;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;amp;", html, StringComparison.Ordinal);
    }

    private static string Neutral(string text, string name, string link) =>
        text.Replace(link, "{link}", StringComparison.Ordinal).Replace(name, "{name}", StringComparison.Ordinal);
}
