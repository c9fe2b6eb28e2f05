namespace Events.Web.Pages.Account;

/// <summary>A page with the new-password fields (<c>_NewPasswordFields</c>).</summary>
public interface INewPasswordForm
{
    string NewPassword { get; }
    string Confirm { get; }
}
