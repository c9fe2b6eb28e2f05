namespace Events.Core.Email;

internal sealed class EmailDeliveryConfiguration : IEntityTypeConfiguration<EmailDelivery>
{
    public void Configure(EntityTypeBuilder<EmailDelivery> builder)
    {
        builder.Property(d => d.Key).HasMaxLength(200);
        builder.HasIndex(d => d.Key).IsUnique();
        builder.Property(d => d.Recipient).HasMaxLength(320);
        builder.Property(d => d.Error).HasMaxLength(2000);
        builder.HasIndex(d => new { d.EventId, d.Status });
    }
}
