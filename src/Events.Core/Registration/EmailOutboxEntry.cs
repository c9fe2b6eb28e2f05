namespace Events.Core.Registrations;

/// <summary>
/// A registration email decided but not yet handed to the job storage. Written in the transaction that made the
/// decision, so a process stopping between the commit and the enqueue loses nothing: the row waits for the next drain.
/// </summary>
public sealed class EmailOutboxEntry
{
    public long Id { get; set; }
    public int RegistrationId { get; set; }

    /// <summary>Set for a registration inserted in the same SaveChanges, whose id is not known yet.</summary>
    public Registration? Registration { get; set; }
    public EmailKind Kind { get; set; }
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>
    /// When it was last handed to the job storage. The row stays until the job has settled its email, so a job lost
    /// with a killed worker is handed over again once this is older than <see cref="EmailOutboxOptions.RedispatchSeconds"/>.
    /// </summary>
    public DateTime? DispatchedAtUtc { get; set; }
}

internal sealed class EmailOutboxEntryConfiguration : IEntityTypeConfiguration<EmailOutboxEntry>
{
    public void Configure(EntityTypeBuilder<EmailOutboxEntry> builder)
    {
        builder.ToTable("EmailOutbox");
        // The drain reads the rows not handed over yet and the stale ones, not every row still waiting for its job.
        builder.HasIndex(e => e.DispatchedAtUtc);
        // An erased registration takes its unsent emails with it.
        builder.HasOne(e => e.Registration).WithMany().HasForeignKey(e => e.RegistrationId).OnDelete(DeleteBehavior.Cascade);
    }
}
