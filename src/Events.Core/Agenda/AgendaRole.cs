namespace Events.Core.Agenda;

public enum AgendaRole
{
    Moderator,
    Speaker,
    Panellist,
    Chair,
}
