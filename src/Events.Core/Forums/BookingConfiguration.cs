namespace Events.Core.Forums;

internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public void Configure(EntityTypeBuilder<Booking> builder)
    {
        builder.Property(b => b.Name).HasMaxLength(Registrations.RegistrationRules.NameMax);
        builder.Property(b => b.Email).HasMaxLength(Registrations.RegistrationRules.EmailMax);
        builder.Property(b => b.Language).HasMaxLength(8);
        builder.HasOne<Forum>().WithMany().HasForeignKey(b => b.ForumId).OnDelete(DeleteBehavior.Cascade);
        // Erasing a booking's person erases registrations one by one; the group itself holds only the contact given.
        builder.HasMany<Registration>().WithOne().HasForeignKey(r => r.BookingId).OnDelete(DeleteBehavior.SetNull);
    }
}
