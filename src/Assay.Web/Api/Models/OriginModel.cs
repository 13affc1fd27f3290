using Assay.Analysis.Story;
using Assay.Workspace;

namespace Assay.Web.Api.Models;

/// <summary>Where a claim comes from once the attribution chain and copy links are followed.</summary>
public sealed record OriginModel(string Id, string Name, string Type)
{
    /// <summary>The model of an origin.</summary>
    public static OriginModel From(Origin o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new(o.Id, o.Name, EnumNames.Of(o.Type));
    }
}
