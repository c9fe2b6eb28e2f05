namespace Events.Core.FollowUps;

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUpDraft>
{
    public void Configure(EntityTypeBuilder<FollowUpDraft> builder)
    {
        builder.HasIndex(f => f.EventId).IsUnique();
        builder.HasOne<Event>().WithMany().HasForeignKey(f => f.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(f => f.RecordingUrl).HasMaxLength(2000);
        builder.Property(f => f.SurveyUrl).HasMaxLength(2000);
        builder.HasMany(f => f.Messages).WithOne().HasForeignKey(m => m.FollowUpDraftId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FollowUpMessageConfiguration : IEntityTypeConfiguration<FollowUpMessage>
{
    public void Configure(EntityTypeBuilder<FollowUpMessage> builder)
    {
        builder.HasIndex(m => new { m.FollowUpDraftId, m.Language }).IsUnique();
        builder.Property(m => m.Language).HasMaxLength(16);
        builder.Property(m => m.Subject).HasMaxLength(FollowUpInput.SubjectMax);
        builder.Property(m => m.AbsentSubject).HasMaxLength(FollowUpInput.SubjectMax);
        builder.Property(m => m.Message).HasMaxLength(FollowUpInput.MessageMax);
        builder.Property(m => m.AbsentMessage).HasMaxLength(FollowUpInput.MessageMax);
        builder.Property(m => m.UnansweredNote).HasMaxLength(FollowUpInput.NoteMax);
    }
}
