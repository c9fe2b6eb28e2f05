namespace Events.Core.Forums;

internal sealed class ForumConfiguration : IEntityTypeConfiguration<Forum>
{
    public void Configure(EntityTypeBuilder<Forum> builder)
    {
        builder.HasIndex(f => f.Slug).IsUnique();
        builder.Property(f => f.Slug).HasMaxLength(80);
        builder.Property(f => f.Title).HasMaxLength(EventRules.TitleMax);
        builder.Property(f => f.ReplyToAddress).HasMaxLength(ForumRules.ReplyToMax);
        builder.HasMany(f => f.Events).WithOne().HasForeignKey(e => e.ForumId).OnDelete(DeleteBehavior.SetNull);
    }
}
