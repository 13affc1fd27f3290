using System.Globalization;

namespace Assay.Cli.Benchmarking;

/// <summary>Processor time the hypervisor gave to other machines while this one wanted it ("steal" in
/// <c>/proc/stat</c>); null where the system does not say.</summary>
internal static class Steal
{
    // /proc/stat counts in clock ticks, 100 a second on every Linux the runtime supports.
    private const double TicksPerSecond = 100;

    /// <summary>Seconds of steal since boot, summed over the processors.</summary>
    public static double? Read()
    {
        try
        {
            return File.Exists("/proc/stat") ? Parse(File.ReadLines("/proc/stat").FirstOrDefault()) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The steal of a "cpu user nice system idle iowait irq softirq steal …" line, in seconds.</summary>
    internal static double? Parse(string? line)
    {
        var fields = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields is { Length: > 8 } && fields[0] == "cpu"
            && long.TryParse(fields[8], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                ? ticks / TicksPerSecond
                : null;
    }
}
