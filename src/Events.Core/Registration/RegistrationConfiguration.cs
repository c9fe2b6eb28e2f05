using Events.Core.Interpretation;

namespace Events.Core.Registrations;

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> builder)
    {
        builder.HasIndex(r => r.TokenHash).IsUnique();
        builder.HasIndex(r => new { r.EventId, r.Email }).IsUnique();
        builder.HasIndex(r => new { r.EventId, r.Status, r.WaitingPosition });
        // The last waiting position ever given (whatever the status since) is one step down this index, not a walk
        // through every registration of the event.
        builder.HasIndex(r => new { r.EventId, r.WaitingPosition });
        builder.Property(r => r.TokenHash).HasMaxLength(64);
        builder.Property(r => r.LinkSeed).HasMaxLength(32);
        builder.Property(r => r.Name).HasMaxLength(RegistrationRules.NameMax);
        builder.Property(r => r.Email).HasMaxLength(RegistrationRules.EmailMax);
        builder.Property(r => r.Language).HasMaxLength(8);
        builder.Property(r => r.Organisation).HasMaxLength(RegistrationRules.OrganisationMax);
        builder.Property(r => r.DecisionMessage).HasMaxLength(RegistrationRules.DecisionMessageMax);
        builder.Property(r => r.AccessibilityNeeds).HasMaxLength(RegistrationRules.AccessibilityMax);
        builder.HasOne<Event>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<InterpretationChannel>().WithMany().HasForeignKey(r => r.ChannelId).OnDelete(DeleteBehavior.SetNull);
    }
}
