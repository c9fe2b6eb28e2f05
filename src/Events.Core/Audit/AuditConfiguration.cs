namespace Events.Core.Audit;

internal sealed class AuditConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.Actor).HasMaxLength(256);
        builder.Property(a => a.Target).HasMaxLength(64);
        builder.Property(a => a.Detail).HasMaxLength(1000);
        builder.HasIndex(a => new { a.EventId, a.AtUtc });
        builder.HasIndex(a => a.AtUtc);
    }
}
