using MimeKit;

namespace Events.Core.Retention;

/// <summary>The drop folder keeps every email written instead of sent; an erased person's copies go with the rest.</summary>
internal static class DropFolder
{
    public static int DeleteAddressedTo(SmtpOptions smtp, IReadOnlySet<string> addresses)
    {
        var directory = Path.GetFullPath(smtp.DropDirectory);
        if (addresses.Count == 0 || !Directory.Exists(directory))
        {
            return 0;
        }
        var deleted = 0;
        foreach (var file in Directory.EnumerateFiles(directory, "*.eml"))
        {
            if (IsAddressedTo(file, addresses))
            {
                File.Delete(file);
                deleted++;
            }
        }
        return deleted;
    }

    private static bool IsAddressedTo(string file, IReadOnlySet<string> addresses)
    {
        using var message = MimeMessage.Load(file);
        return message.To.Mailboxes.Concat(message.Cc.Mailboxes).Concat(message.Bcc.Mailboxes)
            .Any(m => addresses.Contains(m.Address));
    }
}
