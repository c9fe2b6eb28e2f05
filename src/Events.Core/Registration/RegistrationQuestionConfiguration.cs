namespace Events.Core.Registrations;

internal sealed class RegistrationQuestionConfiguration : IEntityTypeConfiguration<RegistrationQuestion>
{
    public void Configure(EntityTypeBuilder<RegistrationQuestion> builder)
    {
        builder.Property(q => q.Label).HasMaxLength(QuestionRules.LabelMax);
        builder.HasOne<Event>().WithMany(e => e.Questions).HasForeignKey(q => q.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RegistrationAnswerConfiguration : IEntityTypeConfiguration<RegistrationAnswer>
{
    public void Configure(EntityTypeBuilder<RegistrationAnswer> builder)
    {
        builder.HasIndex(a => new { a.RegistrationId, a.QuestionId }).IsUnique();
        builder.Property(a => a.Value).HasMaxLength(QuestionRules.AnswerMax);
        builder.HasOne<Registration>().WithMany(r => r.Answers).HasForeignKey(a => a.RegistrationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<RegistrationQuestion>().WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Cascade);
    }
}
