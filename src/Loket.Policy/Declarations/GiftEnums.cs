namespace Loket.Policy;

public enum GiftStatus
{
    Offered,
    Accepted,
    Declined,
    Promised,
}

public enum GiftForm
{
    Goods,
    Money,
    Voucher,
    Discount,
    Service,
    Hospitality,
    BusinessAttention,
}

public enum InvitationKind
{
    Meal,
    Event,
    Trip,
    Conference,
}
