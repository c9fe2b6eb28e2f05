namespace Events.Web.Pages.Account;

/// <summary>Where a completed sign-in goes: a step still owed (own password, second factor), the page asked for, or the role's home.</summary>
internal static class SignInRedirect
{
    public static string For(StaffSignInResult result, string? returnUrl, IUrlHelper url)
    {
        var local = url.IsLocalUrl(returnUrl) ? returnUrl : null;
        if (result.NextStep is { } step)
        {
            return local is null ? step : $"{step}?returnUrl={Uri.EscapeDataString(local)}";
        }
        // A moderator sent to the organiser pages would only meet a 403: their consoles are on /moderator.
        if (local is not null && (result.IsOrganiser || !local.StartsWith("/organiser", StringComparison.OrdinalIgnoreCase)))
        {
            return local;
        }
        return result.IsOrganiser ? "/organiser" : result.IsModerator ? "/moderator" : "/";
    }

    /// <summary>Whole minutes to wait, at least one, for the page's message.</summary>
    public static int Minutes(TimeSpan? wait) => Math.Max(1, (int)Math.Ceiling((wait ?? TimeSpan.Zero).TotalMinutes));
}
