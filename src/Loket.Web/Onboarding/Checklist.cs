using Loket.Web.Infrastructure.Domain;
using Loket.Web.Infrastructure.Tenancy;
using Loket.Web.People;

namespace Loket.Web.Onboarding;

/// <summary>
/// A new person's checklist: made once from their employment type, their function's duties (the functions
/// map) and their municipality's code (<see cref="OnboardingCodes"/>), then completed item by item. Each step
/// checks the code's order (Leidschendam-Voorburg: training first, then the oath) and records who and when.
/// </summary>
public sealed class Checklist : ITenantOwned
{
    private readonly List<ChecklistItem> items = [];

    private Checklist()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid EmployeeId { get; private set; }

    /// <summary>The code whose rules made the list; a later code does not change a list already made.</summary>
    public string PolicySlug { get; private set; } = string.Empty;

    public DateOnly StartDate { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public Guid? OpenedBy { get; private set; }

    public IReadOnlyList<ChecklistItem> Items => items;

    public OathRecord? Oath { get; private set; }

    public VogRecord? Vog { get; private set; }

    public SignedStatement? Statement { get; private set; }

    public ChecklistItem? Item(ItemKind kind) => items.FirstOrDefault(i => i.Kind == kind);

    public bool IsComplete => items.All(i => i.IsDone);

    public static Checklist Open(Employee employee, JobFunction? function, CodeOnboarding code, DateTimeOffset now, Guid? by)
    {
        var checklist = new Checklist
        {
            TenantId = employee.TenantId,
            EmployeeId = employee.Id,
            PolicySlug = code.Slug,
            StartDate = employee.StartDate,
            OpenedAt = now,
            OpenedBy = by,
        };
        var duties = FunctionDuties.Of(function);
        foreach (var kind in Enum.GetValues<ItemKind>())
        {
            if (code.RequirementFor(kind, employee.EmploymentType) is { } requirement)
            {
                checklist.items.Add(ChecklistItem.Due(kind, Deadlines.For(kind, employee.StartDate), $"{code.CodeName}, {requirement.Citation}"));
            }
            else if (kind == ItemKind.Vog && duties.VogProfile is not null)
            {
                checklist.items.Add(ChecklistItem.Due(kind, Deadlines.For(kind, employee.StartDate), $"functiekaart: {function!.Name}"));
            }
            else if (kind == ItemKind.VulnerableFunctionTraining && duties.VulnerableFunctionTraining)
            {
                checklist.items.Add(ChecklistItem.Due(kind, Deadlines.For(kind, employee.StartDate), $"functiekaart: {function!.Name} is een kwetsbare functie"));
            }
        }

        return checklist;
    }

    public Refusal? RecordTraining(ItemKind kind, DateOnly on, string givenBy, DateOnly today)
    {
        if (kind is not (ItemKind.IntroductionTraining or ItemKind.VulnerableFunctionTraining))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a training.");
        }

        if (Open(kind, on, today) is { } refusal)
        {
            return refusal;
        }

        if (string.IsNullOrWhiteSpace(givenBy))
        {
            return new Missing("wie de training gaf");
        }

        Item(kind)!.Done(on, givenBy.Trim());
        return null;
    }

    public Refusal? RecordOath(OathRecord oath, CodeOnboarding code, DateOnly today)
    {
        if (Open(ItemKind.Oath, oath.TakenOn, today) is { } refusal)
        {
            return refusal;
        }

        if (string.IsNullOrWhiteSpace(oath.FormulaSource))
        {
            return new FormulaWithoutSource();
        }

        // Leidschendam-Voorburg 4.1: the training first. The rule is the code's, so it holds only where the training is on this list.
        if (code.TrainingBeforeOath is { } order && Item(order.Kind) is { } training)
        {
            if (!training.IsDone)
            {
                // The code by name and article: HR reads the message on its own, not beside the order line.
                return new TrainingBeforeOath($"{code.CodeName}, {order.Citation}");
            }

            if (oath.TakenOn < training.DoneOn)
            {
                return new OathAfterTraining();
            }
        }

        Oath = oath;
        Item(ItemKind.Oath)!.Done(oath.TakenOn, oath.TakenBy);
        return null;
    }

    /// <summary>Requested first, received later: the item is done only when a received VOG was checked.</summary>
    public Refusal? RecordVog(VogRecord vog, DateOnly today)
    {
        if (Item(ItemKind.Vog) is not { } item)
        {
            return new NotOnChecklist(ItemKind.Vog);
        }

        if (item.IsDone)
        {
            return new AlreadyDone(ItemKind.Vog);
        }

        if (vog.RequestedOn > today || vog.ReceivedOn > today)
        {
            return new DayInFuture();
        }

        if (vog.ReceivedOn < vog.RequestedOn)
        {
            return new ReceivedBeforeRequested();
        }

        if (vog.ReceivedOn is not null && string.IsNullOrWhiteSpace(vog.CheckedBy))
        {
            return new Missing("wie de VOG heeft gecontroleerd");
        }

        Vog = vog;
        if (vog.ReceivedOn is { } received)
        {
            item.Done(received, vog.CheckedBy!);
        }

        return null;
    }

    /// <summary>The person signs their own statement, in the product, with the municipality's text of that day.</summary>
    public Refusal? Sign(StatementText text, Guid signer, string signerName, DateTimeOffset now, DateOnly today)
    {
        if (signer != EmployeeId)
        {
            return new NotTheirChecklist();
        }

        if (Open(ItemKind.Statement, today, today) is { } refusal)
        {
            return refusal;
        }

        Statement = new SignedStatement(text.Title, text.Body, text.Source, signerName, now);
        Item(ItemKind.Statement)!.Done(today, signerName);
        return null;
    }

    public Refusal? ConfirmCodeReceipt(Guid person, string name, DateOnly today)
    {
        if (person != EmployeeId)
        {
            return new NotTheirChecklist();
        }

        if (Open(ItemKind.CodeReceipt, today, today) is { } refusal)
        {
            return refusal;
        }

        Item(ItemKind.CodeReceipt)!.Done(today, name);
        return null;
    }

    private Refusal? Open(ItemKind kind, DateOnly on, DateOnly today) => Item(kind) switch
    {
        null => new NotOnChecklist(kind),
        { IsDone: true } => new AlreadyDone(kind),
        _ when on > today => new DayInFuture(),
        _ => null,
    };
}
