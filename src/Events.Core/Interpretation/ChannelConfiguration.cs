namespace Events.Core.Interpretation;

internal sealed class ChannelConfiguration : IEntityTypeConfiguration<InterpretationChannel>
{
    public void Configure(EntityTypeBuilder<InterpretationChannel> builder)
    {
        builder.Property(c => c.LanguageCode).HasMaxLength(35);
        builder.Property(c => c.Label).HasMaxLength(ChannelInput.LabelMax);
        builder.Property(c => c.JoinUrl).HasMaxLength(2000);
        // Wherever a channel is shown, its interpreters come with it (a handful of rows per event).
        builder.Navigation(c => c.Interpreters).AutoInclude();
    }
}
