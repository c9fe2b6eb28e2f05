namespace Events.Core.Live;

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> builder)
    {
        builder.Property(q => q.Text).HasMaxLength(QuestionRules.TextMax);
        builder.Property(q => q.AskerKey).HasMaxLength(80);
        builder.Property(q => q.AskerName).HasMaxLength(200);
        builder.Property(q => q.Language).HasMaxLength(16);
        builder.HasOne<Event>().WithMany().HasForeignKey(q => q.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(q => new { q.EventId, q.Status });
        // A joining page reads its own questions.
        builder.HasIndex(q => new { q.EventId, q.AskerKey });
        // One question answered at a time per event, even when two moderators click at once.
        builder.HasIndex(q => q.EventId).IsUnique().HasFilter("\"Status\" = 'Answering'").HasDatabaseName("IX_Questions_OneAnswering");
        builder.Ignore(q => q.IsPublic);
        builder.Ignore(q => q.PublicName);
    }
}

internal sealed class QuestionVoteConfiguration : IEntityTypeConfiguration<QuestionVote>
{
    public void Configure(EntityTypeBuilder<QuestionVote> builder)
    {
        builder.HasKey(v => new { v.QuestionId, v.VoterKey });
        builder.Property(v => v.VoterKey).HasMaxLength(80);
        // A joining page reads its own votes (and erasure finds them).
        builder.HasIndex(v => v.VoterKey);
        builder.HasOne<Question>().WithMany().HasForeignKey(v => v.QuestionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AskerBlockConfiguration : IEntityTypeConfiguration<AskerBlock>
{
    public void Configure(EntityTypeBuilder<AskerBlock> builder)
    {
        builder.HasKey(b => new { b.EventId, b.ParticipantKey });
        builder.Property(b => b.ParticipantKey).HasMaxLength(80);
        builder.HasOne<Event>().WithMany().HasForeignKey(b => b.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LiveConnectionConfiguration : IEntityTypeConfiguration<LiveConnection>
{
    public void Configure(EntityTypeBuilder<LiveConnection> builder)
    {
        builder.Property(c => c.ConnectionId).HasMaxLength(64);
        builder.Property(c => c.ParticipantKey).HasMaxLength(80);
        builder.HasIndex(c => c.ConnectionId);
        builder.HasIndex(c => new { c.EventId, c.DisconnectedAtUtc });
        builder.HasIndex(c => c.RegistrationId);
        builder.Property(c => c.InstanceId).HasMaxLength(64);
        builder.HasIndex(c => new { c.InstanceId, c.DisconnectedAtUtc });
        builder.HasOne<Event>().WithMany().HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LiveInstanceConfiguration : IEntityTypeConfiguration<LiveInstance>
{
    public void Configure(EntityTypeBuilder<LiveInstance> builder)
    {
        builder.Property(i => i.Id).HasMaxLength(64);
    }
}
