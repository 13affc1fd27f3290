namespace Assay.Cli.Benchmarking;

/// <summary>Processor time spent by the threads of one name.</summary>
/// <param name="Name">The thread name, as the system reports it (at most 15 characters on Linux).</param>
/// <param name="Seconds">Seconds on the processor.</param>
internal sealed record ThreadTime(string Name, double Seconds);
