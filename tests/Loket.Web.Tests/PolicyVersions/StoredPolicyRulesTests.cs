using Loket.Policy;
using Loket.Web.Identity;
using Loket.Web.PolicyVersions;
using Loket.Web.Tests.Infrastructure;

namespace Loket.Web.Tests.PolicyVersions;

/// <summary>The rules of a code version's life, pinned once on the aggregate.</summary>
public sealed class StoredPolicyRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly Guid Uploader = Guid.NewGuid();
    private static readonly PolicyVersion Leiden14 = PolicyFile.Parse(PolicySteps.LeidenWithLimit75("2026-12-01"), "leiden-1.4.yaml").Policy!;

    [Fact]
    public void Only_an_integrity_officer_who_did_not_upload_it_approves_a_version()
    {
        Assert.IsType<OwnUpload>(Fresh().Approve(Uploader, Role.Admin | Role.IntegrityOfficer, [], Today, LoketApp.Start));
        Assert.IsType<NotAnIntegrityOfficer>(Fresh().Approve(Guid.NewGuid(), Role.Admin, [], Today, LoketApp.Start));

        var approved = Fresh();
        Assert.Null(approved.Approve(Guid.NewGuid(), Role.IntegrityOfficer, [], Today, LoketApp.Start));
        Assert.Equal(StoredPolicyStatus.Approved, approved.Status);
        Assert.IsType<PolicyAlreadyDecided>(approved.Approve(Guid.NewGuid(), Role.IntegrityOfficer, [], Today, LoketApp.Start));
    }

    [Fact]
    public void A_version_whose_date_has_come_before_the_approval_is_not_approved()
    {
        var late = Fresh().Approve(Guid.NewGuid(), Role.IntegrityOfficer, [], new DateOnly(2026, 12, 1), LoketApp.Start);
        Assert.Equal(new DateOnly(2026, 12, 2), Assert.IsType<EffectiveDateNotAhead>(late).Earliest);
    }

    [Fact]
    public void A_version_starts_tomorrow_at_the_earliest_on_a_date_and_under_a_name_of_its_own()
    {
        Assert.IsType<EffectiveDateNotAhead>(Upload(new DateOnly(2026, 12, 1), [], today: new DateOnly(2026, 12, 1)).Refusal);
        Assert.IsType<DateDiffersFromFile>(Upload(new DateOnly(2026, 12, 2), []).Refusal);
        var waiting = Fresh();
        Assert.IsType<EffectiveDateTaken>(Upload(new DateOnly(2026, 12, 1), [waiting]).Refusal);
        Assert.Null(Upload(new DateOnly(2026, 12, 1), [Rejected(waiting)]).Refusal);
    }

    [Fact]
    public void The_officer_rejects_or_the_uploader_withdraws_always_with_a_reason()
    {
        Assert.IsType<NotAllowedToRejectPolicy>(Fresh().Reject(Guid.NewGuid(), Role.Admin, "Nee.", LoketApp.Start));
        Assert.IsType<RejectionReasonMissing>(Fresh().Reject(Guid.NewGuid(), Role.IntegrityOfficer, " ", LoketApp.Start));
        Assert.Null(Fresh().Reject(Uploader, Role.Admin, "Verkeerde datum.", LoketApp.Start));
    }

    private static StoredPolicy Fresh() => Upload(Leiden14.EffectiveFrom, []).Value!;

    private static StoredPolicy Rejected(StoredPolicy version)
    {
        Assert.Null(version.Reject(Uploader, Role.Admin, "Ingetrokken.", LoketApp.Start));
        return version;
    }

    private static Loket.Web.Infrastructure.Domain.Outcome<StoredPolicy> Upload(DateOnly typed, IReadOnlyList<StoredPolicy> history, DateOnly? today = null) =>
        StoredPolicy.Upload(Leiden14, "tekst", "leiden-1.4.yaml", typed, history, Uploader, today ?? Today, LoketApp.Start);
}
