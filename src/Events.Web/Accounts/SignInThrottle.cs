using System.Collections.Concurrent;

namespace Events.Web.Accounts;

/// <summary>
/// Failed sign-ins counted per (address, account) rather than per account: a stranger guessing from elsewhere
/// makes only their own address wait, never the account's owner. After the free attempts each failure makes that
/// pair wait twice as long as the last time. Kept in memory: a restart forgets it, the site rate limit stays.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock, IOptions<AccountOptions> options)
{
    private sealed record Entry(int Failures, int Waits, DateTimeOffset WaitUntil, DateTimeOffset LastFailure);

    private static readonly TimeSpan Forget = TimeSpan.FromDays(1);
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>How long this address must still wait before trying this account again; null when it may try now.</summary>
    public TimeSpan? WaitFor(string ip, string account)
    {
        var now = clock.GetUtcNow();
        return _entries.TryGetValue(Key(ip, account), out var entry) && entry.WaitUntil > now ? entry.WaitUntil - now : null;
    }

    public void Failed(string ip, string account)
    {
        var now = clock.GetUtcNow();
        var o = options.Value;
        _entries.AddOrUpdate(Key(ip, account), _ => Next(new Entry(0, 0, now, now), now, o), (_, old) =>
            Next(now - old.LastFailure > Forget ? new Entry(0, 0, now, now) : old, now, o));
        if (_entries.Count > 10_000)
        {
            Prune(now);
        }
    }

    public void Succeeded(string ip, string account) => _entries.TryRemove(Key(ip, account), out _);

    private static Entry Next(Entry entry, DateTimeOffset now, AccountOptions o)
    {
        var failures = entry.Failures + 1;
        if (failures < o.FreeAttempts)
        {
            return entry with { Failures = failures, LastFailure = now };
        }
        var minutes = Math.Min(o.MaxDelayMinutes, o.FirstDelayMinutes * Math.Pow(2, Math.Min(entry.Waits, 20)));
        return new Entry(failures, entry.Waits + 1, now.AddMinutes(minutes), now);
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries)
        {
            if (now - entry.LastFailure > Forget)
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    private static string Key(string ip, string account) => ip + "\n" + account.Trim().ToUpperInvariant();
}
