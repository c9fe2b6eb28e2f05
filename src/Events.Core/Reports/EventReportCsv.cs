using System.Text;

namespace Events.Core.Reports;

/// <summary>The report as <c>section,key,value</c> rows: one table a spreadsheet can pivot.</summary>
public static class EventReportCsv
{
    public static string Write(EventReport report)
    {
        var csv = new StringBuilder("section,key,value\n");
        void Row(string section, string key, object value) =>
            csv.Append(section).Append(',').Append(Field(key)).Append(',').Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\n');

        foreach (var day in report.RegistrationsPerDay)
        {
            Row("registrations_per_day", day.Date, day.Count);
        }
        foreach (var (status, count) in report.RegistrationsByStatus)
        {
            Row("registrations_by_status", status, count);
        }
        foreach (var (language, count) in report.ConfirmedByLanguage)
        {
            Row("confirmed_by_language", language, count);
        }
        foreach (var (channel, count) in report.ConfirmedByChannel)
        {
            Row("confirmed_by_channel", channel, count);
        }
        Row("attendance", "confirmed", report.Attendance.Confirmed);
        Row("attendance", "attended", report.Attendance.Attended);
        Row("attendance", "rate", report.Attendance.Rate);
        Row("attendance", "peak_concurrent", report.Attendance.PeakConcurrent);
        Row("questions", "asked", report.Questions.Asked);
        Row("questions", "approved", report.Questions.Approved);
        Row("questions", "answered", report.Questions.Answered);
        Row("comments", "posted", report.Comments?.Posted ?? 0);
        Row("comments", "published", report.Comments?.Published ?? 0);
        // Each poll's rows keyed "Q1: question", each choice's "Q1: choice": a question may repeat, its number does not.
        var number = 0;
        foreach (var poll in report.Polls ?? [])
        {
            var q = string.Create(CultureInfo.InvariantCulture, $"Q{++number}: ");
            Row("poll_kind", q + poll.Question, poll.Kind);
            Row("poll_state", q + poll.Question, poll.State);
            Row("poll_respondents", q + poll.Question, poll.Respondents);
            foreach (var choice in poll.Choices)
            {
                Row("poll_choice_count", q + choice.Text, choice.Count);
                Row("poll_choice_share", q + choice.Text, choice.Share);
            }
        }
        foreach (var email in report.Emails)
        {
            Row("emails_sent", email.Kind, email.Sent);
            Row("emails_failed", email.Kind, email.Failed);
        }
        return csv.ToString();
    }

    // Channel labels and poll texts are organiser-typed: quote them, and keep a spreadsheet from reading them as formulas.
    private static string Field(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
