using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Events.Core.Accounts;
using Events.Core.Teams;
using Events.Tests.Live;
using Events.Web.Captions;
using Events.Web.Live;
using Microsoft.AspNetCore.SignalR.Client;
using System.Collections.Concurrent;

namespace Events.Tests.Captions;

/// <summary>Captioners and caption followers on a <see cref="LiveFixture"/>.</summary>
internal static class CaptionKit
{
    public static async Task<HubConnection> CaptionerAsync(this LiveFixture live, string email = "captioner@example.org", int? eventId = null)
    {
        var connection = await live.StaffAsync(email, Roles.Moderator);
        await live.GrantAsync(email, eventId ?? live.Event.Id, TeamRole.Captioner);
        return connection;
    }

    public static Task GrantAsync(this LiveFixture live, string email, int eventId, TeamRole role) => live.App.WithDbAsync(async db =>
    {
        db.TeamMembers.Add(new TeamMember { EventId = eventId, UserId = db.Users.Single(u => u.Email == email).Id, Role = role });
        return await db.SaveChangesAsync();
    });

    /// <summary>An attendee joined to the session and following <paramref name="language"/>'s captions (none when null).</summary>
    public static async Task<(HubConnection Connection, CaptionInbox Inbox, IReadOnlyList<CaptionView> Recent)> FollowerAsync(
        this LiveFixture live, string name, string? language)
    {
        var connection = await live.AttendeeAsync(await live.RegisterAsync(name, language ?? "en"));
        var inbox = new CaptionInbox(connection);
        await connection.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        var recent = await connection.InvokeAsync<IReadOnlyList<CaptionView>>("FollowCaptions", language);
        return (connection, inbox, recent);
    }

    public static Task<CaptionSendResult> SendAsync(this HubConnection captioner, LiveFixture live, string language, string text) =>
        captioner.InvokeAsync<CaptionSendResult>("SendCaption", live.Event.Id, language, text);
}

/// <summary>The caption lines one connection hears.</summary>
internal sealed class CaptionInbox
{
    private readonly ConcurrentQueue<CaptionView> _lines = new();

    public CaptionInbox(HubConnection connection) => connection.On<CaptionView>(nameof(ILiveClient.CaptionLine), _lines.Enqueue);

    public IReadOnlyList<string> Texts => _lines.Select(l => l.Text).ToList();

    public async Task<CaptionView> WaitForAsync(string text, int timeoutMs = 15000)
    {
        var until = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (DateTime.UtcNow < until)
        {
            if (_lines.FirstOrDefault(l => l.Text == text) is { } line)
            {
                return line;
            }
            await Task.Delay(20);
        }
        throw new Xunit.Sdk.XunitException($"No caption \"{text}\"; heard: {string.Join(" | ", Texts)}");
    }
}
