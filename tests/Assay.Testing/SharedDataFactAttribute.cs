using Xunit;

namespace Assay.Testing;

/// <summary>A fact that needs ../shared: skipped with a visible reason where it is absent, run (and failing if
/// absent) under CI.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    /// <summary>Sets the skip reason from <see cref="SharedData.SkipReason"/>.</summary>
    public SharedDataFactAttribute()
    {
        if (SharedData.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
