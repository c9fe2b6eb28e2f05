namespace Events.Web.Infrastructure;

/// <summary>Absolute addresses come from <c>Site:BaseUrl</c>, never from the request's Host header, which the client chooses.</summary>
public static class SiteAddress
{
    public static bool IsHttps(SiteOptions site) =>
        Uri.TryCreate(site.BaseUrl, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;

    /// <param name="path">Starts with a slash, e.g. <c>/events/forum-2021</c>.</param>
    public static string Absolute(SiteOptions site, string path) => site.BaseUrl.TrimEnd('/') + path;
}
