using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Loket.Web.Identity;
using Loket.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Tenants;

/// <summary>
/// The administrator a new municipality starts with. Nobody in the municipality can approve their
/// role yet, so it applies at once (<see cref="Membership.Preset"/>); the installation's operator is
/// the one who acts, on the command line or the operator's page, and the trail shows who. The account
/// gets a one-time password, shown once to the operator; with an Admin role it must set up two-step
/// login before it reaches any other page.
/// </summary>
public sealed partial class FirstAdministrator(LoketDbContext db, IPasswordHasher<UserAccount> hasher, TimeProvider time)
{
    public sealed record Input(string? UserName, string? DisplayName, string? Email);

    public sealed record Created(UserAccount User, string Password);

    /// <summary>
    /// Creates the account with the Admin role in <paramref name="tenant"/>; <paramref name="asOperator"/> also
    /// makes it an installation operator (the command line only); <paramref name="onlyFirst"/> refuses when the
    /// municipality already has an administrator (the page: from then on its own administrators add people, with four eyes).
    /// </summary>
    public async Task<(Created? Created, List<SetupError> Errors)> CreateAsync(Tenant tenant, Input input, bool asOperator, bool onlyFirst, CancellationToken cancellationToken = default)
    {
        var userName = input.UserName?.Trim().ToLowerInvariant() ?? string.Empty;
        var email = DeskContact.Clean(input.Email)?.ToLowerInvariant();
        var errors = new List<SetupError>();
        if (!UserNamePattern().IsMatch(userName))
        {
            errors.Add(new("UserName", "Een gebruikersnaam heeft 3 tot 128 tekens: letters, cijfers, punt, @, liggend streepje of streepje."));
        }
        else if (await db.Users.AnyAsync(u => u.UserName == userName, cancellationToken))
        {
            errors.Add(new("UserName", $"De gebruikersnaam '{userName}' is al in gebruik. Kies een andere."));
        }

        errors.AddRange(SetupRules.Name(input.DisplayName).Select(e => e with { Field = "DisplayName" }));
        if (email is not null && !email.Contains('@', StringComparison.Ordinal))
        {
            errors.Add(new("Email", $"'{email}' is geen e-mailadres; vul er een in zoals naam@gemeente.nl."));
        }

        if (onlyFirst && await db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.TenantId == tenant.Id && (m.Roles & Role.Admin) != 0, cancellationToken))
        {
            errors.Add(new("UserName", $"{tenant.Name} heeft al een beheerder. Die voegt verdere beheerders toe onder Gebruikers en rollen."));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var user = new UserAccount { UserName = userName, DisplayName = input.DisplayName!.Trim(), Email = email };
        var password = OneTimePassword();
        user.PasswordHash = hasher.HashPassword(user, password);
        user.Memberships.Add(Membership.Preset(tenant.Id, Role.Admin, employeeId: null));
        db.Users.Add(user);
        if (asOperator)
        {
            db.InstallationOperators.Add(new InstallationOperator { UserId = user.Id, GrantedAt = time.GetUtcNow() });
        }

        await db.SaveChangesAsync(cancellationToken);
        return (new Created(user, password), errors);
    }

    /// <summary>Twenty letters and digits in groups of five, without the look-alikes (0/o, 1/l/i): read aloud or typed over without mistakes.</summary>
    private static string OneTimePassword()
    {
        var letters = RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyz23456789", 20);
        return string.Join('-', letters.Chunk(5).Select(c => new string(c)));
    }

    [GeneratedRegex(@"^[a-z0-9.@_\-]{3,128}$")]
    private static partial Regex UserNamePattern();
}
