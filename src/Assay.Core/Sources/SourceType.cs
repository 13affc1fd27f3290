namespace Assay.Core.Sources;

/// <summary>The kind of authority a claim is credited to.</summary>
public enum SourceType
{
    /// <summary>The outlet itself, when the text credits no one.</summary>
    Outlet,

    /// <summary>A government, head of state, ministry or spokesperson.</summary>
    Government,

    /// <summary>An intelligence service.</summary>
    Intelligence,

    /// <summary>Armed forces, a general, a defence ministry's military command.</summary>
    Military,

    /// <summary>Unnamed or generic officials.</summary>
    Official,

    /// <summary>Unnamed sources.</summary>
    Anonymous,

    /// <summary>Other media: agencies, newspapers, "media reports".</summary>
    Media,

    /// <summary>Eyewitnesses and residents.</summary>
    Eyewitness,

    /// <summary>Analysts, experts, think tanks, commentators.</summary>
    Expert,
}
