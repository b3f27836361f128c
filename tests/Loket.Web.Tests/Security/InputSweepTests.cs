using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Loket.Web.Infrastructure.Database;
using Loket.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using static Loket.Web.Tests.Meldpunt.MeldpuntSteps;

namespace Loket.Web.Tests.Security;

/// <summary>
/// Every form handler and API endpoint, found through the app's own endpoint list (so a new one is
/// swept without touching this test), gets oversized, malformed, wrong-type and hidden values as each
/// role, with a valid antiforgery token. None may answer 5xx, a refusal writes nothing, and whatever
/// was saved fits its column.
/// </summary>
public sealed class InputSweepTests
{
    private enum Attack
    {
        Oversized,
        Malformed,
        WrongType,
        HiddenNumber,
        HiddenName,
        Huge,
    }

    /// <summary>Pages that end the session they are posted in; swept by their own tests instead.</summary>
    private static readonly HashSet<string> SessionEnders = ["uitloggen"];

    private static readonly string[] Roles = ["medewerker", "manager", "integriteit", "vertrouwenspersoon", "hr", "secretaris", "auditor", "beheerder"];

    /// <summary>Tables whose rows a read or a refusal may add by design: the audit trail, keys, notices.</summary>
    private static readonly HashSet<string> Bookkeeping = ["AuditEntries", "DataProtectionKeys", "ClockNotices", "AuditAnchors"];

    private sealed record Target(string Method, string Route, string? Handler, List<(string Name, Type Type)> Fields, Type? JsonBody);

    [Theory, OnSqlite, OnPostgres]
    public async Task Every_form_and_api_endpoint_refuses_bad_input_without_a_500_or_a_half_write(DatabaseKind kind)
    {
        await using var app = await LoketApp.StartAsync(kind);
        var ids = await SetUpAsync(app);
        var targets = await TargetsAsync(app);
        Assert.Contains(targets, t => t.Route == "meldpunt/dossiers/{id:guid}" && t.Handler == "Decide");
        Assert.Contains(targets, t => t.Route == "api/meldingen" && t.JsonBody is not null);

        var clients = new List<(string Who, LoketClient Client, string? Token)>();
        foreach (var role in Roles)
        {
            var client = app.CreateLoketClient();
            await client.LoginAsDemoAsync("leiden", role);
            clients.Add((role, client, await TokenAsync(client)));
        }

        var anonymous = app.CreateLoketClient();
        await ReportAnonymouslyAsync(app, anonymous, "leiden", "Een melding om de inbox te openen.");
        clients.Add(("anoniem", anonymous, await TokenAsync(anonymous)));

        var problems = new List<string>();
        var requests = 0;
        foreach (var target in targets)
        {
            foreach (var (who, client, token) in clients)
            {
                foreach (var attack in Enum.GetValues<Attack>())
                {
                    if (target.Method == "GET" && attack is Attack.Huge or Attack.Oversized)
                    {
                        continue;
                    }

                    var before = await CountsAsync(app);
                    var response = await SendAsync(client, token, target, attack, ids);
                    requests++;
                    var status = (int)response.StatusCode;
                    var where = $"{target.Method} /{target.Route}{(target.Handler is null ? "" : "?handler=" + target.Handler)} als {who} ({attack})";
                    if (status >= 500)
                    {
                        problems.Add($"{where}: {status}");
                    }

                    var saved = response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Created or HttpStatusCode.NoContent
                        || (response.StatusCode == HttpStatusCode.OK && target.JsonBody is not null);
                    if (!saved && target.Method != "GET")
                    {
                        var after = await CountsAsync(app);
                        var changed = before.Where(b => after[b.Key] != b.Value).Select(b => $"{b.Key} {b.Value}→{after[b.Key]}").ToList();
                        if (changed.Count > 0)
                        {
                            problems.Add($"{where}: geweigerd ({status}) maar toch geschreven: {string.Join(", ", changed)}");
                        }
                    }

                    // No 401/403/login redirect on the plainest attack: this role cannot reach it, skip the rest.
                    if (attack == Attack.Oversized && target.Method != "GET" && Unauthorized(response))
                    {
                        break;
                    }
                }
            }
        }

        problems.AddRange(await OverlongColumnsAsync(app));
        Assert.True(requests > 500, $"Only {requests} requests were sent.");
        // One line per endpoint and finding, with the roles that hit it.
        var report = problems.Select(p => System.Text.RegularExpressions.Regex.Match(p, "^(.*) als (\\S+) (.*)$"))
            .GroupBy(m => m.Success ? m.Groups[1].Value + " " + m.Groups[3].Value : m.Value, m => m.Success ? m.Groups[2].Value : string.Empty)
            .Select(g => $"{g.Key} [{string.Join(", ", g.Distinct())}]");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, report.Take(80)));
    }

    private static bool Unauthorized(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.StartsWith("/inloggen", StringComparison.Ordinal) == true);

    /// <summary>A case in Leiden taken by the officer, one in 's-Hertogenbosch (another tenant's id), and a declaration.</summary>
    private static async Task<Dictionary<string, string>> SetUpAsync(LoketApp app)
    {
        using var reporter = app.CreateLoketClient();
        var leiden = await ReportAnonymouslyAsync(app, reporter, "leiden", "Een inkoper bestelt bij zijn broer.");
        using var other = app.CreateLoketClient();
        var elsewhere = await ReportAnonymouslyAsync(app, other, "s-hertogenbosch", "Een melding bij een andere gemeente.");
        using var officer = app.CreateLoketClient();
        await officer.LoginAsDemoAsync("leiden", "integriteit");
        await TakeAsync(officer, leiden.ReportId);
        var declaration = await app.WithDbAsync(db => db.Set<Loket.Web.Declarations.EmployeeDeclaration>().IgnoreQueryFilters()
            .Where(d => d.TenantId == db.Tenants.Where(t => t.Slug == "leiden").Select(t => t.Id).First()).OrderBy(d => d.Status).Select(d => d.Id).FirstAsync());
        var user = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "medewerker@leiden").Select(u => u.Id).FirstAsync());
        return new()
        {
            ["meldpunt/dossiers"] = leiden.ReportId.ToString(),
            ["meldingen"] = declaration.ToString(),
            ["api/meldingen"] = declaration.ToString(),
            ["beheer/gebruikers"] = user.ToString(),
            ["elders"] = elsewhere.ReportId.ToString(),
        };
    }

    private static async Task<List<Target>> TargetsAsync(LoketApp app)
    {
        var loader = app.Services.GetRequiredService<PageLoader>();
        var targets = new List<Target>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = endpoint.RoutePattern.RawText?.Trim('/') ?? string.Empty;
            if (SessionEnders.Contains(route))
            {
                continue;
            }

            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                var bound = compiled.BoundProperties.SelectMany(p => Leaves(p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType)).ToList();
                foreach (var handler in compiled.HandlerMethods)
                {
                    var fields = bound.Concat(handler.Parameters.SelectMany(p => Leaves(p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType))).ToList();
                    targets.Add(new(handler.HttpMethod.ToUpperInvariant(), route, handler.Name, fields, null));
                }

                continue;
            }

            var method = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is { HttpMethods.Count: > 0 } meta ? meta.HttpMethods[0] : null;
            if (method is null || endpoint.Metadata.GetMetadata<MethodInfo>() is not { } handlerMethod)
            {
                continue;
            }

            var body = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
            var query = new List<(string, Type)>();
            foreach (var parameter in handlerMethod.GetParameters())
            {
                if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
                {
                    query.AddRange(parameter.ParameterType.GetProperties().Where(p => IsSimple(p.PropertyType)).Select(p => (p.Name, p.PropertyType)));
                }
                else if (IsSimple(parameter.ParameterType) && !route.Contains($"{{{parameter.Name}", StringComparison.Ordinal))
                {
                    query.Add((parameter.Name!, parameter.ParameterType));
                }
            }

            targets.Add(new(method, route, null, query, body));
        }

        return targets;
    }

    /// <summary>The form names a bound value is posted under: "Input.Category", "forms", "Input.EventDate.Day".</summary>
    private static IEnumerable<(string, Type)> Leaves(string name, Type type, int depth = 0)
    {
        var inner = Nullable.GetUnderlyingType(type) ?? type;
        if (inner == typeof(IFormFile) || typeof(IEnumerable<IFormFile>).IsAssignableFrom(inner) || inner == typeof(CancellationToken))
        {
            yield break;
        }

        if (IsSimple(inner))
        {
            yield return (name, inner);
            if (inner == typeof(DateOnly))
            {
                yield return ($"{name}.Day", typeof(int));
                yield return ($"{name}.Month", typeof(int));
                yield return ($"{name}.Year", typeof(int));
            }

            yield break;
        }

        if (inner.IsGenericType && inner.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            foreach (var key in new[] { "type", "valueEur", "description", "onbekend" })
            {
                yield return ($"{name}[{key}]", typeof(string));
            }

            yield break;
        }

        if (inner.IsGenericType && inner.GetGenericTypeDefinition() == typeof(List<>))
        {
            yield return (name, inner.GetGenericArguments()[0]);
            yield return ($"{name}[0]", inner.GetGenericArguments()[0]);
            yield break;
        }

        if (depth < 2 && inner.IsClass && inner.Namespace?.StartsWith("Loket", StringComparison.Ordinal) == true)
        {
            foreach (var property in inner.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            {
                foreach (var leaf in Leaves($"{name}.{property.Name}", property.PropertyType, depth + 1))
                {
                    yield return leaf;
                }
            }
        }
    }

    private static bool IsSimple(Type type)
    {
        var inner = Nullable.GetUnderlyingType(type) ?? type;
        return inner.IsPrimitive || inner.IsEnum || inner == typeof(string) || inner == typeof(decimal) || inner == typeof(Guid)
            || inner == typeof(DateOnly) || inner == typeof(DateTime) || inner == typeof(DateTimeOffset);
    }

    private static string Value(Type type, Attack attack, Dictionary<string, string> ids) => attack switch
    {
        Attack.Oversized => type == typeof(string) ? new string('x', 25_000) : new string('9', 400),
        Attack.Malformed => type == typeof(DateOnly) ? "31-02-2026" : type == typeof(string) ? "\u202Eexe.pdf\r\n<script>x</script>\t/\t/elders.example\u0007\uFFFF" : "1e309",
        Attack.WrongType => type == typeof(string) ? "[]\u0000" : "abc",
        Attack.HiddenNumber => type == typeof(Guid) ? ids["elders"] : type == typeof(DateOnly) ? "9999-12-31" : type == typeof(string) ? "s-hertogenbosch" : "-1",
        Attack.HiddenName => type.IsEnum ? Enum.GetNames(type)[^1] : type == typeof(Guid) ? Guid.NewGuid().ToString() : type == typeof(bool) ? "true" : "99",
        Attack.Huge => type == typeof(string) ? new string('x', 2 * 1024 * 1024) : "1",
        _ => string.Empty,
    };

    private static string Url(Target target, Dictionary<string, string> ids)
    {
        var key = ids.Keys.Where(k => target.Route.StartsWith(k, StringComparison.Ordinal)).OrderByDescending(k => k.Length).FirstOrDefault();
        var path = target.Route
            .Replace("{id:guid}", key is null ? Guid.NewGuid().ToString() : ids[key], StringComparison.Ordinal)
            .Replace("{soort}", target.Route.StartsWith("registers", StringComparison.Ordinal) ? "geschenken" : "geschenk", StringComparison.Ordinal)
            .Replace("{slug}", "leiden", StringComparison.Ordinal)
            .Replace("{status:int?}", "400", StringComparison.Ordinal);
        return "/" + path + (target.Handler is null ? string.Empty : $"?handler={target.Handler}");
    }

    private static async Task<HttpResponseMessage> SendAsync(LoketClient client, string? token, Target target, Attack attack, Dictionary<string, string> ids)
    {
        var url = Url(target, ids);
        var huge = attack == Attack.Huge;
        var fields = target.Fields.Select((f, i) => (f.Name, Value: huge && i > 0 ? "1" : Value(f.Type, attack, ids))).ToList();
        if (huge && fields.Count == 0)
        {
            fields.Add(("x", new string('x', 2 * 1024 * 1024)));
        }

        if (target.Method == "GET")
        {
            var query = string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Name)}={Uri.EscapeDataString(f.Value)}"));
            return await client.Http.GetAsync(query.Length == 0 ? url : url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query);
        }

        if (target.JsonBody is { } body)
        {
            var json = attack switch
            {
                Attack.Malformed => "{\"subject\": \"onafgemaakt",
                Attack.WrongType => "[1, 2, 3]",
                _ => JsonSerializer.Serialize(body.GetProperties().ToDictionary(
                    p => JsonNamingPolicy.CamelCase.ConvertName(p.Name),
                    p => JsonValue(Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType, attack, ids))),
            };
            return await client.Http.SendAsync(new HttpRequestMessage(new HttpMethod(target.Method), url) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
        }

        if (token is not null)
        {
            fields.Add(("__RequestVerificationToken", token));
        }

        // Each form value twice where it is a list, as a browser posts checkboxes.
        return await client.Http.SendAsync(new HttpRequestMessage(new HttpMethod(target.Method), url) { Content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))) });
    }

    private static object? JsonValue(Type type, Attack attack, Dictionary<string, string> ids) => type switch
    {
        _ when type == typeof(JsonElement) => JsonSerializer.Deserialize<JsonElement>(attack == Attack.Oversized
            ? JsonSerializer.Serialize(new { type = "gift", description = new string('x', 25_000), valueEur = 40 })
            : "{\"type\":\"gift\",\"valueEur\":1e300,\"onbekend\":true}"),
        _ when type.IsEnum => attack == Attack.HiddenName ? Enum.GetNames(type)[^1] : 99,
        _ when type.IsArray => new object?[] { JsonValue(type.GetElementType()!, attack, ids), 1024 },
        _ when type == typeof(bool) => true,
        _ when type == typeof(DateOnly) => "9999-12-31",
        _ => Value(typeof(string), attack, ids),
    };

    private static async Task<string?> TokenAsync(LoketClient client)
    {
        var html = await client.Http.GetStringAsync("/melden");
        return new HtmlParser().ParseDocument(html).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
    }

    /// <summary>Rows per table, but for bookkeeping that reads and refusals may add to.</summary>
    private static Task<Dictionary<string, string>> CountsAsync(LoketApp app) => app.WithDbAsync(async db =>
    {
        var tables = Tables(db).Where(t => !Bookkeeping.Contains(t)).ToList();
        var sql = string.Join(" UNION ALL ", tables.Select(t => $"SELECT '{t}:' || COUNT(*) AS \"Value\" FROM \"{t}\""));
        var rows = await db.Database.SqlQueryRaw<string>(sql).ToListAsync();
        return rows.Select(r => r.Split(':')).ToDictionary(r => r[0], r => r[1]);
    });

    /// <summary>Whatever was saved fits its column: no text longer than the model allows.</summary>
    private static Task<List<string>> OverlongColumnsAsync(LoketApp app) => app.WithDbAsync(async db =>
    {
        var checks = db.Model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null && e.BaseType is null)
            .SelectMany(e => e.GetProperties().Where(p => p.ClrType == typeof(string) && p.GetMaxLength() is not null)
                .Select(p => (Table: e.GetTableName()!, Column: p.GetColumnName(StoreObjectIdentifier.Table(e.GetTableName()!, e.GetSchema()))!, Max: p.GetMaxLength()!.Value)))
            .ToList();
        var sql = string.Join(" UNION ALL ", checks.Select(c => $"SELECT '{c.Table}.{c.Column} > {c.Max}:' || COUNT(*) AS \"Value\" FROM \"{c.Table}\" WHERE length(\"{c.Column}\") > {c.Max}"));
        var rows = await db.Database.SqlQueryRaw<string>(sql).ToListAsync();
        return rows.Where(r => !r.EndsWith(":0", StringComparison.Ordinal)).Select(r => $"te lange tekst opgeslagen: {r}").ToList();
    });

    private static IEnumerable<string> Tables(LoketDbContext db) =>
        db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && e.BaseType is null && e.GetViewName() is null).Select(e => e.GetTableName()!).Distinct();
}
