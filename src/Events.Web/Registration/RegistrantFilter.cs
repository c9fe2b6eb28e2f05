namespace Events.Web.Registrations;

/// <summary>The organiser's registrant list filters, shared by the API and the organiser page.</summary>
public sealed class RegistrantFilter
{
    [FromQuery]
    public string? Status { get; set; }

    [FromQuery]
    public string? Language { get; set; }

    [FromQuery]
    public int? ChannelId { get; set; }

    /// <summary>Part of a name, email or organisation, any case.</summary>
    [FromQuery(Name = "q")]
    public string? Search { get; set; }

    public (IQueryable<Registration> Query, Dictionary<string, string[]>? Errors) Apply(IQueryable<Registration> query)
    {
        if (!string.IsNullOrEmpty(Status))
        {
            if (!Enum.TryParse<RegistrationStatus>(Status, ignoreCase: true, out var parsed) || int.TryParse(Status, out _))
            {
                return (query, new Dictionary<string, string[]> { ["status"] = ["Unknown status."] });
            }
            query = query.Where(r => r.Status == parsed);
        }
        if (!string.IsNullOrEmpty(Language))
        {
            query = query.Where(r => r.Language == Language);
        }
        if (ChannelId is { } channel)
        {
            query = query.Where(r => r.ChannelId == channel);
        }
        if (!string.IsNullOrWhiteSpace(Search))
        {
            if (Search.Length > 200)
            {
                return (query, new Dictionary<string, string[]> { ["q"] = ["Must be at most 200 characters."] });
            }
            // lower() on both sides: PostgreSQL's LIKE is case-sensitive; the search's own % and _ are escaped.
            var pattern = "%" + Search.Trim().ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(r => EF.Functions.Like(r.Name.ToLower(), pattern, "\\") || EF.Functions.Like(r.Email, pattern, "\\")
                || (r.Organisation != null && EF.Functions.Like(r.Organisation.ToLower(), pattern, "\\")));
        }
        return (query, null);
    }
}
