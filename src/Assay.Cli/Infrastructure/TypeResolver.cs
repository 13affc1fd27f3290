using System.Reflection;
using Spectre.Console.Cli;

namespace Assay.Cli.Infrastructure;

/// <summary>Resolves services registered with <see cref="TypeRegistrar"/>; unregistered types yield null so Spectre
/// falls back to its own activation.</summary>
internal sealed class TypeResolver(IReadOnlyDictionary<Type, IReadOnlyList<Func<TypeResolver, object>>> factories) : ITypeResolver
{
    public object? Resolve(Type? type)
    {
        if (type is null)
        {
            return null;
        }

        if (factories.TryGetValue(type, out var registered) && registered.Count > 0)
        {
            return registered[^1](this);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            var element = type.GetGenericArguments()[0];
            var all = factories.TryGetValue(element, out var many) ? many : [];
            var array = Array.CreateInstance(element, all.Count);
            for (var i = 0; i < all.Count; i++)
            {
                array.SetValue(all[i](this), i);
            }

            return array;
        }

        return null;
    }

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
