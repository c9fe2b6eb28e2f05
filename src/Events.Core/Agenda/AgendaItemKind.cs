namespace Events.Core.Agenda;

public enum AgendaItemKind
{
    OpeningRemarks,
    Presentation,
    Panel,
    PlenaryQa,
    ClosingRemarks,
    WrapUp,
    Break,
    Other,
}
