using Events.Core.Interpretation;

namespace Events.Core.Briefing;

internal sealed class InterpreterConfiguration : IEntityTypeConfiguration<Interpreter>
{
    public void Configure(EntityTypeBuilder<Interpreter> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(200);
        builder.Property(i => i.Email).HasMaxLength(320);
        builder.Property(i => i.SourceLanguage).HasMaxLength(16);
        builder.Property(i => i.TargetLanguage).HasMaxLength(16);
        builder.HasIndex(i => i.EventId);
        builder.HasOne<Event>().WithMany().HasForeignKey(i => i.EventId).OnDelete(DeleteBehavior.Cascade);
        // A removed channel leaves its interpreters on the list, without a channel.
        builder.HasOne<InterpretationChannel>().WithMany(c => c.Interpreters).HasForeignKey(i => i.ChannelId).OnDelete(DeleteBehavior.SetNull);
    }
}
