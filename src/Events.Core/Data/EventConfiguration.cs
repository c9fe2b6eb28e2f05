namespace Events.Core.Data;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.HasIndex(e => e.Slug).IsUnique();
        builder.Property(e => e.Slug).HasMaxLength(80);
        builder.Property(e => e.Title).HasMaxLength(EventRules.TitleMax);
        builder.Property(e => e.TimeZoneId).HasMaxLength(64);
        builder.HasMany(e => e.AgendaItems).WithOne().HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Speakers).WithOne().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Channels).WithOne().HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Readings).WithOne().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(e => e.TimeZone);
        builder.Ignore(e => e.IsPublic);
    }
}
