using Assay.Storage;

namespace Assay.Cli.Ingestion;

/// <summary>What one process of a shared ingest did, and the state of the whole queue when it stopped.</summary>
/// <param name="Worker">This process as the queue knows it (host:pid).</param>
/// <param name="Enqueued">Inputs this process added to the queue (others had queued the rest already).</param>
/// <param name="Mine">This process's counts; <see cref="IngestReport.Files"/> is the inputs it marked done.</param>
/// <param name="Queue">The totals of every input in the queue.</param>
internal sealed record SharedIngestReport(string Worker, int Enqueued, IngestReport Mine, IngestQueueTotals Queue);
