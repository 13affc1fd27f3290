using System.Diagnostics;
using System.Globalization;

namespace Assay.Cli.Benchmarking;

/// <summary>The process's peak resident memory, resettable so that one phase of a benchmark is measured alone.</summary>
/// <remarks>On Linux the peak is the kernel's high-water mark (VmHWM), which writing 5 to /proc/self/clear_refs
/// resets; elsewhere it is the runtime's peak working set, which cannot be reset.</remarks>
internal static class PeakMemory
{
    /// <summary>Starts a new peak from the current resident size; false when the system cannot.</summary>
    public static bool Reset()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>The peak resident memory since the last reset (or since start), in bytes.</summary>
    public static long Bytes()
    {
        try
        {
            var line = File.Exists("/proc/self/status")
                ? File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
                : null;
            var digits = line is null ? "" : new string([.. line.Where(char.IsAsciiDigit)]);
            if (long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var kb))
            {
                return kb * 1024;
            }
        }
        catch (IOException)
        {
            // Fall back to the runtime's figure below.
        }

        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
