using Spectre.Console.Cli;

namespace Assay.Cli.Infrastructure;

/// <summary>A minimal container for Spectre.Console.Cli: services by type, built by constructor injection.</summary>
/// <remarks>Small on purpose: the CLI has a handful of services, so a full DI library would add more than it saves.
/// A service may be registered several times (Spectre does so for interceptors); the last one wins for a single
/// resolve, and <c>IEnumerable&lt;T&gt;</c> yields them all.</remarks>
internal sealed class TypeRegistrar : ITypeRegistrar
{
    private readonly Dictionary<Type, List<Func<TypeResolver, object>>> _factories = [];

    public void Register(Type service, Type implementation) =>
        Add(service, resolver => resolver.Construct(implementation));

    public void RegisterInstance(Type service, object implementation) =>
        Add(service, _ => implementation);

    public void RegisterLazy(Type service, Func<object> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var lazy = new Lazy<object>(factory);
        Add(service, _ => lazy.Value);
    }

    public ITypeResolver Build() => new TypeResolver(_factories.ToDictionary(p => p.Key, p => (IReadOnlyList<Func<TypeResolver, object>>)[.. p.Value]));

    private void Add(Type service, Func<TypeResolver, object> factory)
    {
        if (!_factories.TryGetValue(service, out var list))
        {
            _factories[service] = list = [];
        }

        list.Add(factory);
    }
}
