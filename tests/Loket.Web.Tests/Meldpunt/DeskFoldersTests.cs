using System.Reflection;
using System.Reflection.Emit;
using Loket.Web.Meldpunt.Case;
using Microsoft.AspNetCore.Razor.Hosting;

namespace Loket.Web.Tests.Meldpunt;

/// <summary>
/// The reporting desk's folders depend one way only (issue 15.4): the case aggregate on neither side,
/// the exclusion rule on the case, filing on both, and the reporter's side and the officer's side never
/// on each other. Read from the compiled assembly: signatures and the IL of every method body, and the
/// compiled Razor views by their path, so a `new`, a call or a partial in a view counts too.
/// </summary>
public sealed class DeskFoldersTests
{
    private const string Root = "Loket.Web.Meldpunt.";

    public static TheoryData<string, string> Forbidden => new()
    {
        { "Case", "Exclusion" },
        { "Case", "Filing" },
        { "Case", "Reporting" },
        { "Case", "Desk" },
        { "Exclusion", "Filing" },
        { "Exclusion", "Reporting" },
        { "Exclusion", "Desk" },
        { "Filing", "Reporting" },
        { "Filing", "Desk" },
        { "Reporting", "Desk" },
        { "Desk", "Reporting" },
        { "Case", "Investigation" },
        { "Case", "Measures" },
        { "Case", "Aftercare" },
        { "Investigation", "Reporting" },
        { "Measures", "Reporting" },
        { "Aftercare", "Reporting" },
        { "Investigation", "Desk" },
        { "Measures", "Desk" },
        { "Aftercare", "Desk" },
        { "Case", "Relay" },
        { "Exclusion", "Relay" },
        { "Filing", "Relay" },
        { "Relay", "Reporting" },
        { "Relay", "Desk" },
        { "Reporting", "Relay" },
        { "Desk", "Relay" },
    };

    [Theory, MemberData(nameof(Forbidden))]
    public void A_part_of_the_desk_does_not_reach_into_another(string part, string other)
    {
        var offending = TypesOf(part)
            .SelectMany(t => Referenced(t).Where(r => PartOf(r) == other).Select(r => $"{t.FullName} -> {r.FullName}"))
            .Distinct().ToList();
        Assert.Empty(offending);
    }

    [Fact]
    public void The_check_sees_a_reference_when_there_is_one()
    {
        // The officer's side does use the case aggregate; if this found nothing, the test above would prove nothing.
        Assert.Contains(TypesOf("Desk").SelectMany(Referenced), r => PartOf(r) == "Case");
        Assert.Contains(TypesOf("Reporting").Where(t => t.Namespace == "AspNetCoreGeneratedDocument").SelectMany(Referenced), r => PartOf(r) == "Case");
    }

    private static readonly Assembly Web = typeof(Report).Assembly;

    /// <summary>Compiled views by their source path ("/Meldpunt/Desk/Case.cshtml"), so views count as their folder.</summary>
    private static readonly Dictionary<Type, string> ViewPaths = Web.GetCustomAttributes<RazorCompiledItemAttribute>()
        .ToDictionary(a => a.Type, a => a.Identifier);

    private static IEnumerable<Type> TypesOf(string part) => Web.GetTypes().Where(t => PartOf(t) == part);

    private static string? PartOf(Type type)
    {
        var outer = type;
        while (outer.DeclaringType is not null)
        {
            outer = outer.DeclaringType;
        }

        var name = ViewPaths.TryGetValue(outer, out var path)
            ? path.TrimStart('/').Replace('/', '.')
            : outer.FullName ?? string.Empty;
        return name.StartsWith(Root, StringComparison.Ordinal) ? name[Root.Length..].Split('.')[0]
            : name.StartsWith("Meldpunt.", StringComparison.Ordinal) ? name["Meldpunt.".Length..].Split('.')[0]
            : null;
    }

    private static IEnumerable<Type> Referenced(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var found = new List<Type>();
        if (type.BaseType is { } baseType)
        {
            found.Add(baseType);
        }

        found.AddRange(type.GetInterfaces());
        found.AddRange(type.GetFields(all).Select(f => f.FieldType));
        found.AddRange(type.GetProperties(all).Select(p => p.PropertyType));
        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            found.AddRange(method.GetParameters().Select(p => p.ParameterType));
            if (method is MethodInfo info)
            {
                found.Add(info.ReturnType);
            }

            found.AddRange(InBody(method));
        }

        return found.SelectMany(Unwrap).Distinct();
    }

    /// <summary>Types named by the method's IL: the operands of calls, field reads and writes, casts and `new`.</summary>
    private static IEnumerable<Type> InBody(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var typeArgs = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var code = il[at] == 0xFE ? TwoByte[il[at + 1]] : OneByte[il[at]];
            at += code.Size;
            if (code.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                var member = Resolve(method.Module, BitConverter.ToInt32(il, at), typeArgs, methodArgs);
                if (member is Type named)
                {
                    yield return named;
                }
                else if (member?.DeclaringType is { } owner)
                {
                    yield return owner;
                }
            }

            at += OperandSize(code.OperandType, il, at);
        }
    }

    private static MemberInfo? Resolve(Module module, int token, Type[]? typeArgs, Type[]? methodArgs)
    {
        try
        {
            return module.ResolveMember(token, typeArgs, methodArgs);
        }
        catch (ArgumentException)
        {
            // A member of an open generic type seen without its type arguments: its owner is named elsewhere too.
            return null;
        }
    }

    private static int OperandSize(OperandType operand, byte[] il, int at) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };

    private static IEnumerable<Type> Unwrap(Type type) =>
        type.HasElementType ? Unwrap(type.GetElementType()!)
        : type.IsGenericType ? type.GetGenericArguments().SelectMany(Unwrap).Prepend(type.GetGenericTypeDefinition())
        : [type];

    private static readonly OpCode[] OneByte = new OpCode[256];
    private static readonly OpCode[] TwoByte = new OpCode[256];

    static DeskFoldersTests()
    {
        foreach (var code in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (OpCode)f.GetValue(null)!))
        {
            (code.Size == 1 ? OneByte : TwoByte)[code.Value & 0xFF] = code;
        }
    }
}
