namespace Loket.Cli.Tests;

public class PolicyValidateCommandTests
{
    [Fact]
    public void The_shipped_policies_folder_is_valid()
    {
        var (exit, output, _) = Loket.Run("", "policy", "validate", Loket.Policies);
        Assert.Equal(0, exit);
        Assert.Contains("Geldig: 5 gemeenten", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shipped_policy_file_is_valid()
    {
        var (exit, output, _) = Loket.Run("", "policy", "validate", Path.Combine(Loket.Policies, "leiden", "1.3.yaml"));
        Assert.Equal(0, exit);
        Assert.Contains("Geldig: Gedragscode Leiden, versie 1.3", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_file_is_reported_as_file_line_message_and_exits_with_one()
    {
        var folder = Directory.CreateTempSubdirectory("loket-validate-");
        try
        {
            var tenant = Directory.CreateDirectory(Path.Combine(folder.FullName, "leiden"));
            var file = Path.Combine(tenant.FullName, "1.3.yaml");
            var yaml = File.ReadAllText(Path.Combine(Loket.Policies, "leiden", "1.3.yaml"))
                .Replace("    verdict: rood\n", "    verdict: rood\n    kleur: rood\n", StringComparison.Ordinal);
            File.WriteAllText(file, yaml);
            var (exit, output, _) = Loket.Run("", "policy", "validate", file);
            Assert.Equal(1, exit);
            Assert.Matches($@"{System.Text.RegularExpressions.Regex.Escape(file)}:\d+: onbekende sleutel 'kleur' in een regel", output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
