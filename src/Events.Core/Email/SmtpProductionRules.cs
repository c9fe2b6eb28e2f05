using Microsoft.Extensions.Hosting;

namespace Events.Core.Email;

/// <summary>In Production an email written to the drop folder reaches nobody: the start stops instead.</summary>
internal sealed class SmtpProductionRules(IHostEnvironment environment) : IValidateOptions<SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options) =>
        environment.IsProduction() && options.UsesDropDirectory
            ? ValidateOptionsResult.Fail(
                "Smtp:Host is not set, so every email would be written to the drop folder (Smtp:DropDirectory) and never sent. " +
                "The drop folder is refused in Production: set Smtp:Host (and Smtp:Port, Smtp:SecureSocket, credentials).")
            : ValidateOptionsResult.Success;
}
