namespace Loket.Policy;

/// <summary>Thrown when a tenant is unknown or has no code version in force on the asked date.</summary>
public sealed class PolicyNotInForceException : Exception
{
    public PolicyNotInForceException()
    {
    }

    public PolicyNotInForceException(string message)
        : base(message)
    {
    }

    public PolicyNotInForceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
