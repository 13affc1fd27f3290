using Assay.Cli.Infrastructure;
using Assay.Storage;
using Assay.Workspace.Ach;

namespace Assay.Cli.Ach;

/// <summary>Finds the matrix a command names, or says on one error line which matrices there are.</summary>
internal static class AchMatrixLookup
{
    /// <summary>The matrix called <paramref name="name"/>, or null after the error line.</summary>
    public static AchState? Find(IStore store, string name, ErrorConsole errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var found = AchLoader.Find(store, name, out var error);
        if (found is null)
        {
            errors.Error(error!);
        }

        return found;
    }
}
