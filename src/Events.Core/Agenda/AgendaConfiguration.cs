namespace Events.Core.Agenda;

internal sealed class AgendaConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.Ignore(a => a.EndsAtUtc);
        builder.HasMany(a => a.People).WithOne().HasForeignKey(p => p.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AgendaPersonConfiguration : IEntityTypeConfiguration<AgendaPerson>
{
    public void Configure(EntityTypeBuilder<AgendaPerson> builder) =>
        builder.HasOne(p => p.Speaker).WithMany().HasForeignKey(p => p.SpeakerId).OnDelete(DeleteBehavior.Cascade);
}
