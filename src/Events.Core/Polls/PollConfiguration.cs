namespace Events.Core.Polls;

internal sealed class PollConfiguration : IEntityTypeConfiguration<Poll>
{
    public void Configure(EntityTypeBuilder<Poll> builder)
    {
        builder.Property(p => p.Question).HasMaxLength(PollInput.TextMax);
        builder.HasOne<Event>().WithMany(e => e.Polls).HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Choices).WithOne().HasForeignKey(c => c.PollId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.EventId, p.Position });
        builder.Ignore(p => p.ChoicesInOrder);
    }
}

internal sealed class PollChoiceConfiguration : IEntityTypeConfiguration<PollChoice>
{
    public void Configure(EntityTypeBuilder<PollChoice> builder) => builder.Property(c => c.Text).HasMaxLength(PollInput.TextMax);
}

internal sealed class PollAnswerConfiguration : IEntityTypeConfiguration<PollAnswer>
{
    public void Configure(EntityTypeBuilder<PollAnswer> builder)
    {
        builder.Property(a => a.ParticipantKey).HasMaxLength(80);
        builder.Property(a => a.ChoiceIds).HasMaxLength(200);
        // One answer per person and poll, whatever arrives at once: the upsert leans on this.
        builder.HasIndex(a => new { a.PollId, a.ParticipantKey }).IsUnique();
        builder.HasOne<Poll>().WithMany().HasForeignKey(a => a.PollId).OnDelete(DeleteBehavior.Cascade);
    }
}
