using Loket.Web.People;
using Loket.Web.People.Import;
using Loket.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Loket.Web.Tests.People.PeopleImportTests;

namespace Loket.Web.Tests.People;

/// <summary>The people import's relation columns (People/Import/RelationColumns, ImportedRelations): into the register, idempotent, all or nothing.</summary>
public sealed class RelationImportTests
{
    private const string Header = "personeelsnummer;naam;dienstverband;startdatum;relatie;relatie_soort;relatie_vanaf";

    /// <summary>Employee numbers no other test uses, in the shared app.</summary>
    private static string Prefix() => $"R{Guid.NewGuid():N}"[..7];

    [Theory, OnSqlite, OnPostgres]
    public async Task HR_imports_relations_by_number_to_people_in_the_file_and_already_there_and_a_second_import_changes_nothing(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        var line = await LineBuilder.StartAsync(app);
        var manager = await NumberAsync(line, line.Manager);
        using var hr = app.CreateLoketClient();
        await hr.LoginAsDemoAsync("leiden", "hr");
        var p = Prefix();
        var file = $"""
            {Header}
            {p}1;Anna Import;ambtenaar;2024-01-01;{p}2;partner;2024-05-01
            {p}2;Bram Import;ambtenaar;2024-01-01;{p}1;partner;
            {p}3;Cees Import;ambtenaar;2024-01-01;{p}1|{manager};vriendschap|familie;|2025-02-03
            """;

        var first = await UploadAsync(hr, file);
        var stored = await RelationsOfAsync(line, p);
        var hrUser = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "hr@leiden").Select(u => u.Id).SingleAsync());
        var relationIds = stored.Select(r => r.Id.ToString()).ToList();
        var audited = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == nameof(Relation) && relationIds.Contains(a.EntityId)));
        var second = await UploadAsync(hr, file);
        var again = await RelationsOfAsync(line, p);

        Assert.Contains("Import gelukt: 3 nieuw", first, StringComparison.Ordinal);
        Assert.Contains("Relaties: 3 vastgelegd, 0 gecorrigeerd, 0 beëindigd, 0 ongewijzigd.", first, StringComparison.Ordinal);
        Assert.Contains("Relaties: 0 vastgelegd, 0 gecorrigeerd, 0 beëindigd, 3 ongewijzigd.", second, StringComparison.Ordinal);
        Assert.Equal(3, stored.Count);
        Assert.All(stored, r => Assert.Equal((RelationSource.Import, hrUser), (r.Source, r.RecordedById)));
        var numbers = await NumbersAsync(line);
        var pairs = stored.Select(r => (Pair(numbers[r.EmployeeId], numbers[r.RelatedEmployeeId]), r.Kind, r.StartDate)).ToHashSet();
        Assert.Equal(new HashSet<((string, string), RelationKind, DateOnly)>
        {
            (Pair($"{p}1", $"{p}2"), RelationKind.Partner, new DateOnly(2024, 5, 1)),
            (Pair($"{p}3", $"{p}1"), RelationKind.Friend, TodayIn(app)),
            (Pair($"{p}3", manager), RelationKind.Family, new DateOnly(2025, 2, 3)),
        }, pairs);
        Assert.Equal(3, audited);
        Assert.Equal(stored.Select(r => (r.Id, r.Kind, r.StartDate, r.CorrectedAt, r.EndDate)), again.Select(r => (r.Id, r.Kind, r.StartDate, r.CorrectedAt, r.EndDate)));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_changed_kind_is_corrected_a_dropped_imported_relation_ends_and_relations_HR_recorded_or_files_without_the_column_are_left_alone(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        var line = await LineBuilder.StartAsync(app);
        using var hr = app.CreateLoketClient();
        await hr.LoginAsDemoAsync("leiden", "hr");
        var p = Prefix();
        Assert.Contains("Import gelukt", await UploadAsync(hr, $"""
            {Header}
            {p}1;Anna Import;ambtenaar;2024-01-01;{p}2|{p}3;partner|familie;2024-05-01
            {p}2;Bram Import;ambtenaar;2024-01-01;;;
            {p}3;Cees Import;ambtenaar;2024-01-01;;;
            {p}4;Dora Import;ambtenaar;2024-01-01;;;
            """), StringComparison.Ordinal);
        var ids = await IdsAsync(line, p);
        var hrRelation = await line.RelateAsync(ids[$"{p}1"], ids[$"{p}4"]);

        var changed = await UploadAsync(hr, $"""
            {Header}
            {p}1;Anna Import;ambtenaar;2024-01-01;{p}2;familie;
            {p}2;Bram Import;ambtenaar;2024-01-01;;;
            {p}3;Cees Import;ambtenaar;2024-01-01;;;
            {p}4;Dora Import;ambtenaar;2024-01-01;;;
            """);
        var afterChange = await RelationsOfAsync(line, p);
        var withoutColumn = await UploadAsync(hr, $"""
            personeelsnummer;naam;dienstverband;startdatum
            {p}1;Anna Import;ambtenaar;2024-01-01
            """);
        var afterPlainFile = await RelationsOfAsync(line, p);

        Assert.Contains("Relaties: 0 vastgelegd, 1 gecorrigeerd, 1 beëindigd, 0 ongewijzigd.", changed, StringComparison.Ordinal);
        var partner = afterChange.Single(r => r.Involves(ids[$"{p}1"], ids[$"{p}2"]));
        Assert.Equal((RelationKind.Family, new DateOnly(2024, 5, 1), "Import"), (partner.Kind, partner.StartDate, partner.CorrectionReason));
        var dropped = afterChange.Single(r => r.Involves(ids[$"{p}1"], ids[$"{p}3"]));
        Assert.Equal((TodayIn(app), ImportedRelations.EndReason), (dropped.EndDate, dropped.EndReason));
        var recordedByHr = afterChange.Single(r => r.Id == hrRelation);
        Assert.Null(recordedByHr.EndDate);
        Assert.DoesNotContain("Relaties:", withoutColumn, StringComparison.Ordinal);
        Assert.Equal(afterChange.Select(r => (r.Id, r.Kind, r.EndDate)), afterPlainFile.Select(r => (r.Id, r.Kind, r.EndDate)));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_file_with_relation_errors_imports_nothing_and_names_each_line(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var hr = app.CreateLoketClient();
        await hr.LoginAsDemoAsync("leiden", "hr");
        var p = Prefix();

        var page = await UploadAsync(hr, $"""
            {Header}
            {p}1;Anna Fout;ambtenaar;2024-01-01;{p}9;partner;
            {p}2;Bram Fout;ambtenaar;2024-01-01;{p}2;partner;
            {p}3;Cees Fout;ambtenaar;2024-01-01;{p}1;collega;
            {p}4;Dora Fout;ambtenaar;2024-01-01;;partner;
            {p}5;Eef Fout;ambtenaar;2024-01-01;{p}1;familie;31-31-2024
            {p}6;Fien Fout;ambtenaar;2024-01-01;{p}1|{p}2|{p}3;partner|familie;
            {p}7;Gijs Fout;ambtenaar;2024-01-01;{p}1;;
            {p}8;Hans Goed;ambtenaar;2024-01-01;{p}1;vriendschap;
            """);

        Assert.True(page.Contains("Er is niets geïmporteerd", StringComparison.Ordinal), page);
        Assert.Contains($"Regel 2: relatie met personeelsnummer '{p}9' bestaat niet (niet in dit bestand en niet bij de gemeente).", page, StringComparison.Ordinal);
        Assert.Contains($"Regel 3: relatie {p}2 is de medewerker zelf; iemand kan geen relatie met zichzelf hebben.", page, StringComparison.Ordinal);
        Assert.Contains("Regel 4: relatie_soort 'collega' is onbekend; kies partner, familie of vriendschap.", page, StringComparison.Ordinal);
        Assert.Contains("Regel 5: relatie_soort 'partner' staat er zonder collega", page, StringComparison.Ordinal);
        Assert.Contains("Regel 6: relatie_vanaf '31-31-2024' is geen datum", page, StringComparison.Ordinal);
        Assert.Contains("Regel 7: relatie_soort 'partner|familie' heeft 2 waarden voor 3 collega's", page, StringComparison.Ordinal);
        Assert.Contains("Regel 8: relatie_soort ontbreekt; kies partner, familie of vriendschap.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Regel 9", page, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Employees.AnyAsync(e => e.EmployeeNumber.StartsWith(p)), "leiden"));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_relation_that_overlaps_an_ended_one_is_refused_on_its_line_and_nothing_is_imported(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        var line = await LineBuilder.StartAsync(app);
        var (employee, manager) = (await NumberAsync(line, line.Employee), await NumberAsync(line, line.Manager));
        var ended = await line.RelateAsync(line.Employee, line.Manager, from: new DateOnly(2021, 1, 1));
        await line.InLeidenAsync(async db =>
        {
            Assert.Null((await db.Relations.SingleAsync(r => r.Id == ended)).End(new DateOnly(2023, 1, 1), "Uit elkaar.", null, LoketApp.Start));
            return await db.SaveChangesAsync();
        });
        using var hr = app.CreateLoketClient();
        await hr.LoginAsDemoAsync("leiden", "hr");
        var p = Prefix();

        var page = await UploadAsync(hr, $"""
            {Header}
            {p}1;Anna Nieuw;ambtenaar;2024-01-01;;;
            {employee};Medewerker Lijn;ambtenaar;2020-01-01;{manager};partner;2022-06-01
            """);

        Assert.Contains($"Regel 3: relatie met {manager}: {new RelationAlreadyRecorded().Message}", page, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Employees.AnyAsync(e => e.EmployeeNumber.StartsWith(p)), "leiden"));
        Assert.Single(await line.InLeidenAsync(db => db.Relations.Where(r => r.EmployeeId == line.Employee).ToListAsync()));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task The_administrator_imports_people_but_a_file_with_relations_is_refused_as_it_would_tell_who_is_related(DatabaseKind kind)
    {
        var app = await SharedApps.GetAsync(kind);
        using var admin = app.CreateLoketClient();
        await admin.LoginAsDemoAsync("leiden", "beheerder");
        var p = Prefix();

        var page = await UploadAsync(admin, $"""
            {Header}
            {p}1;Anna Beheer;ambtenaar;2024-01-01;;;
            {p}2;Bram Beheer;ambtenaar;2024-01-01;{p}1;partner;
            """);

        Assert.Contains("Regel 1: alleen HR en de integriteitscoördinator importeren relaties", page, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Employees.AnyAsync(e => e.EmployeeNumber.StartsWith(p)), "leiden"));
    }

    private static DateOnly TodayIn(LoketApp app) => Loket.Web.Infrastructure.Time.DutchTime.Day(app.Time.GetUtcNow());

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    private static Task<string> NumberAsync(LineBuilder line, Guid id) =>
        line.InLeidenAsync(db => db.Employees.Where(e => e.Id == id).Select(e => e.EmployeeNumber).SingleAsync());

    private static Task<Dictionary<Guid, string>> NumbersAsync(LineBuilder line) =>
        line.InLeidenAsync(db => db.Employees.ToDictionaryAsync(e => e.Id, e => e.EmployeeNumber));

    private static Task<Dictionary<string, Guid>> IdsAsync(LineBuilder line, string prefix) =>
        line.InLeidenAsync(db => db.Employees.Where(e => e.EmployeeNumber.StartsWith(prefix)).ToDictionaryAsync(e => e.EmployeeNumber, e => e.Id));

    /// <summary>Every relation of someone whose number starts with <paramref name="prefix"/>, as stored (fresh, untracked).</summary>
    private static Task<List<Relation>> RelationsOfAsync(LineBuilder line, string prefix) => line.InLeidenAsync(async db =>
    {
        var ids = await db.Employees.Where(e => e.EmployeeNumber.StartsWith(prefix)).Select(e => e.Id).ToListAsync();
        return await db.Relations.AsNoTracking().Where(r => ids.Contains(r.EmployeeId) || ids.Contains(r.RelatedEmployeeId)).OrderBy(r => r.Id).ToListAsync();
    });
}
