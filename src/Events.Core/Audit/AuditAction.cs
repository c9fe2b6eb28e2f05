namespace Events.Core.Audit;

/// <summary>Stored by name: append new values, rename with care.</summary>
public enum AuditAction
{
    SignedIn,
    SignInFailed,
    SecondFactorPassed,
    SecondFactorFailed,
    RecoveryCodeUsed,
    SignedOut,
    PasswordChanged,
    PasswordReset,
    TwoFactorChanged,
    RegistrationsExported,
    QuestionsExported,
    ReportExported,
    RegistrationApproved,
    RegistrationDeclined,
    RegistrationCancelled,
    EmailResent,
    RegistrationErased,
    EventDataErased,
    RoleChanged,
    TeamMemberAdded,
    TeamMemberRemoved,
    PersonalLinkReplaced,
}
