using System.Globalization;
using System.Runtime.InteropServices;

namespace Assay.Cli.Benchmarking;

/// <summary>The machine a benchmark ran on, as a report states it.</summary>
/// <param name="Processor">The processor model ("unknown" where the system does not say).</param>
/// <param name="Cores">Logical processors available to the process.</param>
/// <param name="MemoryGiB">Physical memory, in GiB (0 when unknown).</param>
/// <param name="System">The operating system.</param>
/// <param name="Runtime">The .NET runtime.</param>
internal sealed record MachineInfo(string Processor, int Cores, double MemoryGiB, string System, string Runtime)
{
    /// <summary>Reads this machine.</summary>
    public static MachineInfo Current() => new(
        ReadProcessor() ?? "unknown",
        Environment.ProcessorCount,
        ReadMemoryGiB(),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription);

    /// <summary>One line: "AMD EPYC …, 2 cores, 23.4 GiB, Linux …, .NET 10.0.0".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Processor}, {Cores} cores, {MemoryGiB:0.0} GiB, {System}, {Runtime}");

    private static string? ReadProcessor() =>
        ProcLine("/proc/cpuinfo", "model name") is { } line ? line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim() : null;

    private static double ReadMemoryGiB()
    {
        // "MemTotal:       24563908 kB"
        var line = ProcLine("/proc/meminfo", "MemTotal");
        var digits = line is null ? "" : new string([.. line.Where(char.IsAsciiDigit)]);
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb / 1024.0 / 1024.0 : 0;
    }

    private static string? ProcLine(string path, string key)
    {
        try
        {
            return File.Exists(path) ? File.ReadLines(path).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal)) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
