using System.Reflection;
using Xunit.Sdk;

namespace Loket.Web.Tests.Infrastructure;

/// <summary>Runs a theory on SQLite, always available.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnSqliteAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseKind.Sqlite]];
}

/// <summary>
/// Runs a theory on PostgreSQL when the test script provides a server (LOKET_TEST_POSTGRES);
/// otherwise the case shows as skipped with its reason, never silently absent.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnPostgresAttribute : DataAttribute
{
    public OnPostgresAttribute()
    {
        if (TestDatabase.PostgresServer is null)
        {
            Skip = "PostgreSQL niet beschikbaar: LOKET_TEST_POSTGRES is niet gezet (scripts/test start een tijdelijke server).";
        }
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseKind.Postgres]];
}
