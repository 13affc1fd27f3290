using System.Reflection;
using Spectre.Console.Cli;

namespace Assay.Cli.Infrastructure;

/// <summary>Resolves services registered with <see cref="TypeRegistrar"/>; unregistered types yield null so Spectre
/// falls back to its own activation.</summary>
internal sealed class TypeResolver(IReadOnlyDictionary<Type, Func<TypeResolver, object>> factories) : ITypeResolver
{
    public object? Resolve(Type? type) =>
        type is not null && factories.TryGetValue(type, out var factory) ? factory(this) : null;

    /// <summary>Builds <paramref name="type"/> with its widest public constructor, resolving every parameter.</summary>
    internal object Construct(Type type)
    {
        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"{type.Name} has no public constructor.");
        var arguments = constructor.GetParameters()
            .Select(p => Resolve(p.ParameterType)
                ?? (p.HasDefaultValue ? p.DefaultValue : throw new InvalidOperationException($"No service registered for {p.ParameterType.Name} (needed by {type.Name}).")))
            .ToArray();
        return constructor.Invoke(arguments);
    }
}
