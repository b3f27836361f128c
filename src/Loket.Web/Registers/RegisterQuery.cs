using Loket.Policy;
using Loket.Web.Declarations;
using Loket.Web.Infrastructure.Csv;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Loket.Web.Registers;

/// <summary>The filters of a register, shared by the page and its exports so both show the same rows.</summary>
public sealed class RegisterQuery
{
    /// <summary>
    /// Up to this many employees whose name matches are looked up by id; more (a fragment like "an") are
    /// matched as a subquery, since then the newest declarations match soon anyway.
    /// </summary>
    private const int FewPeople = 200;

    /// <summary>No declaration has this employee id (it is a foreign key to an employee); see <see cref="SearchAsync"/>.</summary>
    private static readonly Guid NoEmployee = Guid.Empty;

    /// <summary>Searches the words of subject, giver / organisation and role, and a part of the employee's name.</summary>
    public string? Q { get; set; }

    public DeclarationStatus? Status { get; set; }

    public Verdict? Verdict { get; set; }

    /// <summary>Side activities: only current ones (begun, not ended, not replaced by a later version).</summary>
    public bool Current { get; set; }

    /// <summary>Submitted on or after this Dutch day (three boxes on the page, ISO 8601 in a link).</summary>
    [FromQuery(Name = "van")]
    public DateOnly? From { get; set; }

    /// <summary>Submitted on or before this Dutch day.</summary>
    [FromQuery(Name = "tot")]
    public DateOnly? Until { get; set; }

    /// <summary>Submitted in this calendar year (Dutch time), as the annual report counts them.</summary>
    [FromQuery(Name = "jaar")]
    public int? Year { get; set; }

    /// <summary>Only these givers, exactly as typed: the spelling variants the givers view grouped as one.</summary>
    [FromQuery(Name = "gever")]
    public List<string> Givers { get; set; } = [];

    /// <summary>Only decisions that approved what the code's verdict called Rood (issue 14).</summary>
    [FromQuery(Name = "tegenoordeel")]
    public bool AgainstVerdict { get; set; }

    /// <summary>
    /// Approved, current side activities of top officials that the officer has not yet reviewed for the
    /// public register (Ambtenarenwet 2017 art. 5 lid 1 c): the officer's home page counts these.
    /// </summary>
    [FromQuery(Name = "tepubliceren")]
    public bool ToPublish { get; set; }

    /// <summary>What is wrong with the period asked for, by the field it is about; empty when it can be asked.</summary>
    public IEnumerable<(string Field, string Message)> Problems()
    {
        if (Year is { } year && year is < DutchDate.FirstYear or > DutchDate.LastYear)
        {
            yield return ("jaar", $"Kies een jaar tussen {DutchDate.FirstYear} en {DutchDate.LastYear}.");
        }

        if (From is { } from && Until is { } until && until < from)
        {
            yield return ("tot", $"De datum ‘tot en met’ ({DutchTime.Date(until)}) ligt voor de datum ‘van’ ({DutchTime.Date(from)}).");
        }
    }

    /// <summary>
    /// The period as moments, from the start of its first Dutch day up to the start of the day after its last:
    /// a range on the stored column, which the register index serves (no function of the column in the query).
    /// A year and dates together ask for the days they share.
    /// </summary>
    public (DateTimeOffset? From, DateTimeOffset? Before) SubmittedBetween()
    {
        var year = Year is { } y && y is >= DutchDate.FirstYear and <= DutchDate.LastYear ? y : (int?)null;
        DateOnly? first = (From, year) switch
        {
            ({ } day, { } inYear) => day > new DateOnly(inYear, 1, 1) ? day : new DateOnly(inYear, 1, 1),
            ({ } day, null) => day,
            (null, { } inYear) => new DateOnly(inYear, 1, 1),
            _ => null,
        };
        DateOnly? last = (Until, year) switch
        {
            ({ } day, { } inYear) => day < new DateOnly(inYear, 12, 31) ? day : new DateOnly(inYear, 12, 31),
            ({ } day, null) => day,
            (null, { } inYear) => new DateOnly(inYear, 12, 31),
            _ => null,
        };
        return (first is { } f ? DutchTime.StartOf(f) : null, last is { } l ? DutchTime.StartOf(l.AddDays(1)) : null);
    }

    /// <summary>Every matching declaration of <paramref name="type"/>, newest first (the exports).</summary>
    public async Task<IQueryable<EmployeeDeclaration>> ApplyAsync(LoketDbContext db, DeclarationType type, DateOnly today, CancellationToken cancellationToken = default)
    {
        var all = Narrow(db.Declarations, type, today);
        if (await SearchAsync(db, all, type, today, cancellationToken) is not { } search)
        {
            return all.OrderByDescending(d => d.SubmittedAt);
        }

        var (byName, words) = search;
        if (words.Count == 0)
        {
            return byName.OrderByDescending(d => d.SubmittedAt);
        }

        var ids = Narrow(await RegisterSearch.MatchingAsync(db, words, cancellationToken), type, today).Select(d => d.Id).Union(byName.Select(d => d.Id));
        return all.Where(d => ids.Contains(d.Id)).OrderByDescending(d => d.SubmittedAt);
    }

    /// <summary>
    /// The id and time of the newest <paramref name="count"/> matching declarations, newest first: a page
    /// reads these, then only its own rows.
    /// </summary>
    public async Task<IQueryable<RegisterKey>> NewestAsync(LoketDbContext db, DeclarationType type, DateOnly today, int count, CancellationToken cancellationToken = default)
    {
        var all = Narrow(db.Declarations, type, today);
        var keys = await SearchAsync(db, all, type, today, cancellationToken) switch
        {
            null => Keys(all),
            ({ } byName, { Count: 0 }) => Keys(byName),
            // Each part its own newest rows (so each is planned on its own index), then the newest of both.
            // A giver's exact names are text that NewestOnPostgres would have to write into its statement: with
            // them, the search takes the parameterised way (few rows match a giver, so its plan hardly matters).
            ({ } byName, { } words) => (db.OnPostgres && Givers.Count == 0
                    ? RegisterSearch.NewestOnPostgres(db, type, this, today, words, count)
                    : Keys(Newest(Narrow(await RegisterSearch.MatchingAsync(db, words, cancellationToken), type, today), count)))
                .Union(Keys(Newest(byName, count))),
        };
        return keys.OrderByDescending(k => k.SubmittedAt).Take(count);
    }

    /// <summary>Without a search, null; else the declarations of the employees whose name has the text, and the words.</summary>
    /// <remarks>
    /// A search has two parts: words in the text through the text index (RegisterSearch), and the
    /// declarations of the employees whose name has the text, found first among the municipality's few
    /// thousand employees. As one condition with OR neither index could be used, and the database read the
    /// municipality's whole register of that type for a search that matches little (a full name: 100-150 ms
    /// at 2 million rows).
    /// </remarks>
    private async Task<(IQueryable<EmployeeDeclaration> ByName, IReadOnlyList<string> Words)?> SearchAsync(
        LoketDbContext db, IQueryable<EmployeeDeclaration> all, DeclarationType type, DateOnly today, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Q))
        {
            return null;
        }

        var name = Q.Trim().ToLower();
        // Read from IX_Employees_TenantId_Id_Name alone (People/PeopleConfiguration), in id order: one municipality's
        // employees whatever the text. Without it, the generic plan of this prepared statement (LIMIT as a
        // parameter is costed as a tenth of the rows) walked the primary key of every municipality's employees.
        var people = db.Employees.Where(e => e.Name.ToLower().Contains(name)).Select(e => e.Id);
        var few = await people.OrderBy(id => id).Take(FewPeople + 1).ToListAsync(cancellationToken);
        var byName = few.Count <= FewPeople
            ? all.Where(d => few.Contains(d.EmployeeId))
            // Many people (a fragment like "van"): their newest declarations come soon when the register index is
            // walked newest first with the people as a hashed set. As a bare IN, PostgreSQL turns the subquery into
            // a join that starts from the people and reads all their declarations (some 4,000 rows, 50 ms at
            // 2 million); the OR with an id no declaration has keeps it a filter. Plans in bench/results.md.
            : db.OnPostgres ? all.Where(d => people.Contains(d.EmployeeId) || d.EmployeeId == NoEmployee)
            // SQLite with its statistics read every matching person's declarations through their index instead
            // (430 ms for "van"); RegisterSearch.ByManyPeopleOnSqlite keeps it to the walk.
            : Narrow(RegisterSearch.ByManyPeopleOnSqlite(db, name), type, today);
        return (byName, RegisterSearch.Words(Q));
    }

    private static IQueryable<RegisterKey> Keys(IQueryable<EmployeeDeclaration> rows) =>
        rows.Select(d => new RegisterKey { Id = d.Id, SubmittedAt = d.SubmittedAt });

    private static IQueryable<EmployeeDeclaration> Newest(IQueryable<EmployeeDeclaration> rows, int count) =>
        rows.OrderByDescending(d => d.SubmittedAt).Take(count);

    /// <summary>The filters other than the search. RegisterSearch.NewestOnPostgres writes the same ones in SQL: change both.</summary>
    private IQueryable<EmployeeDeclaration> Narrow(IQueryable<EmployeeDeclaration> rows, DeclarationType type, DateOnly today)
    {
        rows = rows.AsNoTracking().Where(d => d.Type == type);
        if (Status is { } status)
        {
            rows = rows.Where(d => d.Status == status);
        }

        if (Verdict is { } verdict)
        {
            rows = rows.Where(d => d.Verdict == verdict);
        }

        if (Current)
        {
            // An activity that starts later is announced, not current (decided in docs/architecture.md).
            rows = rows.Where(d => d.SupersededAt == null && (d.EndDate == null || d.EndDate >= today) && (d.StartDate == null || d.StartDate <= today));
        }

        var (from, before) = SubmittedBetween();
        if (from is { } start)
        {
            rows = rows.Where(d => d.SubmittedAt >= start);
        }

        if (before is { } end)
        {
            rows = rows.Where(d => d.SubmittedAt < end);
        }

        if (Givers.Count > 0)
        {
            var givers = Givers;
            rows = rows.Where(d => d.Counterparty != null && givers.Contains(d.Counterparty));
        }

        if (AgainstVerdict)
        {
            rows = rows.Where(d => d.AgainstVerdict);
        }

        if (ToPublish)
        {
            rows = rows.Where(d => d.PublishedAt == null && d.SupersededAt == null
                && (d.Status == DeclarationStatus.Approved || d.Status == DeclarationStatus.ApprovedWithConditions)
                && d.Employee!.JobFunction!.TopOfficial);
        }

        return rows;
    }

    public string ToQueryString() =>
        string.Join('&', new[]
        {
            string.IsNullOrWhiteSpace(Q) ? null : $"q={Uri.EscapeDataString(Q)}",
            Status is null ? null : $"status={Status}",
            Verdict is null ? null : $"verdict={Verdict}",
            Current ? "current=true" : null,
            AgainstVerdict ? "tegenoordeel=true" : null,
            ToPublish ? "tepubliceren=true" : null,
            From is { } from ? $"van={IsoDates.Text(from)}" : null,
            Until is { } until ? $"tot={IsoDates.Text(until)}" : null,
            Year is { } year ? $"jaar={year}" : null,
        }.Concat(Givers.Select(g => $"gever={Uri.EscapeDataString(g)}")).Where(p => p is not null));
}

/// <summary>Which declaration, and when it came in: what a register page orders and pages by.</summary>
public sealed record RegisterKey
{
    public required Guid Id { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }
}
