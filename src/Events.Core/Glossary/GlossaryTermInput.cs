namespace Events.Core.Glossary;

public sealed record GlossaryTermInput(string? En, string? Fr, string? Es, string? Note)
{
    public const int TermMax = 300;

    public ValidationErrors ApplyTo(GlossaryTerm term)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(En) && string.IsNullOrWhiteSpace(Fr) && string.IsNullOrWhiteSpace(Es))
        {
            errors.Add("en", "Give the term in at least one language.");
        }
        errors.MaxLength("en", En, TermMax);
        errors.MaxLength("fr", Fr, TermMax);
        errors.MaxLength("es", Es, TermMax);
        errors.MaxLength("note", Note, 1000);
        if (!errors.IsValid)
        {
            return errors;
        }
        term.En = En?.Trim() ?? "";
        term.Fr = Fr?.Trim() ?? "";
        term.Es = Es?.Trim() ?? "";
        term.Note = Note?.Trim() ?? "";
        return errors;
    }
}
