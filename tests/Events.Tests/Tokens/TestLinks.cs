using Events.Core.Links;
using Events.Core.Registrations;
using Events.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.Tokens;

/// <summary>The personal link's token of a registration read from the database, through the app's own link method.</summary>
internal static class TestLinks
{
    public static string TokenOf(this EventsApp app, Registration registration) =>
        app.Services.GetRequiredService<PersonalLinks>().TokenFor(registration);

    /// <summary>For registrations a test writes straight into the database: gives it a link, returns the token.</summary>
    public static string IssueLink(this EventsApp app, Registration registration) =>
        app.Services.GetRequiredService<PersonalLinks>().Issue(registration);
}
