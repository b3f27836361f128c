using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Loket.Web.Infrastructure.Database;

/// <summary>
/// A query EF compiles once and then only executes, for the reads on every request. A compiled query
/// is bound to the model it was first run with, and SQLite and PostgreSQL have a model each (the
/// tests run both in one process), so there is one compilation per model.
/// </summary>
internal sealed class CompiledPerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> compiled = new();

    public TQuery For(DbContext db) => compiled.GetValue(db.Model, _ => compile());
}
