namespace Loket.Web.AnnualReport.Suppression;

/// <summary>
/// An exact fraction for the bounds solver: a published table's equations have coefficients 0 and ±1, so
/// every pivot stays a small fraction, and exact arithmetic means "the smallest and largest value are equal"
/// is never a rounding accident. Arithmetic is checked: an overflow throws rather than answering wrongly.
/// </summary>
public readonly record struct Rational : IComparable<Rational>
{
    public Rational(long numerator, long denominator = 1)
    {
        if (denominator == 0)
        {
            throw new DivideByZeroException();
        }

        var sign = denominator < 0 ? -1 : 1;
        var gcd = Gcd(Math.Abs(numerator), Math.Abs(denominator));
        (Numerator, Denominator) = gcd == 0 ? (0, 1) : (checked(sign * numerator / gcd), checked(sign * denominator / gcd));
    }

    public long Numerator { get; }

    public long Denominator { get; }

    public static Rational Zero => new(0);

    public static Rational One => new(1);

    public bool IsZero => Numerator == 0;

    public int Sign => Math.Sign(Numerator);

    public static Rational operator +(Rational a, Rational b) =>
        new(checked((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator)), checked(a.Denominator * b.Denominator));

    public static Rational operator -(Rational a, Rational b) => a + -b;

    public static Rational operator -(Rational a) => new(checked(-a.Numerator), a.Denominator);

    public static Rational operator *(Rational a, Rational b) =>
        new(checked(a.Numerator * b.Numerator), checked(a.Denominator * b.Denominator));

    public static Rational operator /(Rational a, Rational b) =>
        new(checked(a.Numerator * b.Denominator), checked(a.Denominator * b.Numerator));

    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;

    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;

    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    public static implicit operator Rational(long value) => new(value);

    public int CompareTo(Rational other) => checked(Numerator * other.Denominator).CompareTo(checked(other.Numerator * Denominator));

    /// <summary>The smallest whole number at or above this value.</summary>
    public long Ceiling() => Numerator >= 0 ? (Numerator + Denominator - 1) / Denominator : -(-Numerator / Denominator);

    /// <summary>The largest whole number at or below this value.</summary>
    public long Floor() => Numerator >= 0 ? Numerator / Denominator : -((-Numerator + Denominator - 1) / Denominator);

    public override string ToString() => Denominator == 1 ? Numerator.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{Numerator}/{Denominator}";

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}
