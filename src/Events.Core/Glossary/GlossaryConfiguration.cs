namespace Events.Core.Glossary;

internal sealed class GlossaryConfiguration : IEntityTypeConfiguration<GlossaryTerm>
{
    public void Configure(EntityTypeBuilder<GlossaryTerm> builder)
    {
        builder.Property(t => t.En).HasMaxLength(GlossaryTermInput.TermMax);
        builder.Property(t => t.Fr).HasMaxLength(GlossaryTermInput.TermMax);
        builder.Property(t => t.Es).HasMaxLength(GlossaryTermInput.TermMax);
        builder.Property(t => t.Note).HasMaxLength(1000);
        builder.HasIndex(t => t.EventId);
        builder.HasOne<Event>().WithMany().HasForeignKey(t => t.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
