namespace Events.Core.Captions;

/// <summary>One caption line as sent, in one language: the transcript is these lines in order.</summary>
public sealed class CaptionLine
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public required string Language { get; set; }
    public required string Text { get; set; }
    public DateTime AtUtc { get; set; }

    /// <summary>The agenda item running when the line was sent (the event's current item), if any.</summary>
    public int? AgendaItemId { get; set; }

    /// <summary>Who is speaking, when the captioner says so (e.g. "Moderator").</summary>
    public string? SpeakerLabel { get; set; }

    /// <summary>The staff account that sent it (console or ingest).</summary>
    public required string SentBy { get; set; }
}

internal sealed class CaptionLineConfiguration : IEntityTypeConfiguration<CaptionLine>
{
    public void Configure(EntityTypeBuilder<CaptionLine> builder)
    {
        builder.Property(c => c.Language).HasMaxLength(16);
        builder.Property(c => c.Text).HasMaxLength(CaptionDesk.TextMax);
        builder.Property(c => c.SpeakerLabel).HasMaxLength(CaptionDesk.SpeakerMax);
        builder.Property(c => c.SentBy).HasMaxLength(450);
        builder.HasOne<Event>().WithMany().HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Agenda.AgendaItem>().WithMany().HasForeignKey(c => c.AgendaItemId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.EventId, c.Language, c.AtUtc });
    }
}
