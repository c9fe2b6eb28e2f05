using Events.Core.Captions;
using Events.Web.Live;
using Microsoft.AspNetCore.SignalR;

namespace Events.Web.Captions;

public static class CaptionBroadcast
{
    /// <summary>Saved lines to their language's followers only, one message per line in order.</summary>
    public static async Task<IReadOnlyList<CaptionView>> SendAsync(IHubClients<ILiveClient> clients, IReadOnlyList<CaptionLine> lines)
    {
        var views = lines.Select(CaptionView.Of).ToList();
        foreach (var (line, view) in lines.Zip(views))
        {
            await clients.Group(CaptionGroups.Language(line.EventId, line.Language)).CaptionLine(view);
        }
        return views;
    }
}
