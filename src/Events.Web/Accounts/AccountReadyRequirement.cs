using Microsoft.AspNetCore.Authorization;

namespace Events.Web.Accounts;

/// <summary>Part of every staff policy: the account has no <see cref="AccountGate.PendingStep"/> left.</summary>
public sealed class AccountReadyRequirement : IAuthorizationRequirement;

public sealed class AccountReadyHandler(IOptions<AccountOptions> options) : AuthorizationHandler<AccountReadyRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AccountReadyRequirement requirement)
    {
        if (AccountGate.PendingStep(context.User, options.Value) is null)
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
