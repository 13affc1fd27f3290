using Assay.Storage;
using Assay.Workspace;

namespace Assay.Cli.Infrastructure;

/// <summary>Opens a store from a database path; <see cref="StoreFactory.Open"/> in the app, a fake in tests.</summary>
internal delegate IStore StoreOpener(string dbPath);
