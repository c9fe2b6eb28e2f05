namespace Events.Core.Audit;

/// <summary>Which entries to show: one action (or all), a span of days read in the reader's zone, one page of them.</summary>
public sealed record AuditQuery(AuditAction? Action = null, DateOnly? From = null, DateOnly? To = null, int Page = 1)
{
    /// <summary>The filters as they come from a query string, shared by the API and the pages; the errors name the fields.</summary>
    public static (AuditQuery Query, ValidationErrors Errors) Parse(string? action, string? from, string? to, string? page)
    {
        var errors = new ValidationErrors();
        AuditAction? parsedAction = null;
        if (!string.IsNullOrEmpty(action))
        {
            // Names only: a number would pick whatever value sits at that place.
            if (Enum.TryParse<AuditAction>(action, ignoreCase: true, out var a) && !int.TryParse(action, out _))
            {
                parsedAction = a;
            }
            else
            {
                errors.Add("action", "Unknown action.");
            }
        }
        var fromDate = Date(from, "from", errors);
        var toDate = Date(to, "to", errors);
        if (fromDate > toDate)
        {
            errors.Add("to", "The end date must not be before the start date.");
        }
        var pageNumber = 1;
        if (!string.IsNullOrEmpty(page) && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out pageNumber) || pageNumber < 1))
        {
            errors.Add("page", "The page must be a whole number from 1.");
            pageNumber = 1;
        }
        return (new AuditQuery(parsedAction, fromDate, toDate, pageNumber), errors);
    }

    private static DateOnly? Date(string? value, string field, ValidationErrors errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        errors.Add(field, "Must be a date (yyyy-mm-dd).");
        return null;
    }
}

/// <summary>One page of entries, newest first; <see cref="Total"/> counts every entry the filters match.</summary>
public sealed record AuditLogPage(IReadOnlyList<AuditEntry> Entries, int Page, int Total)
{
    public int Pages => Math.Max(1, (Total + AuditLog.PageSize - 1) / AuditLog.PageSize);
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < Pages;
}
