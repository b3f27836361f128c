using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Tenants;

/// <summary>
/// The policy of the installation pages: an installation operator (<see cref="InstallationOperator"/>)
/// who is signed in as an administrator of some municipality. The Admin role keeps the operator under
/// the second-factor rule of every administrator; the operator row is read per request, so taking it
/// away (deleting the row) takes effect at once.
/// </summary>
public static class OperatorAccess
{
    public const string Policy = "InstallationOperator";

    public static IServiceCollection AddOperatorAccess(this IServiceCollection services)
    {
        services.AddScoped<IAuthorizationHandler, Handler>();
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p.RequireAuthenticatedUser()
            .RequireClaim(LoketClaims.Role, nameof(Role.Admin)).AddRequirements(new Requirement()));
        return services;
    }

    private sealed class Requirement : IAuthorizationRequirement;

    private sealed class Handler(LoketDbContext db) : AuthorizationHandler<Requirement>
    {
        protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, Requirement requirement)
        {
            if (LoketClaims.UserIdOf(context.User) is { } userId && await db.InstallationOperators.AnyAsync(o => o.UserId == userId))
            {
                context.Succeed(requirement);
            }
        }
    }
}
