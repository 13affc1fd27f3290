using Spectre.Console.Cli;

namespace Assay.Cli.Infrastructure;

/// <summary>A minimal container for Spectre.Console.Cli: services by type, built by constructor injection.</summary>
/// <remarks>Small on purpose: the CLI has a handful of services, so a full DI library would add more than it saves.</remarks>
internal sealed class TypeRegistrar : ITypeRegistrar
{
    private readonly Dictionary<Type, Func<TypeResolver, object>> _factories = [];

    public void Register(Type service, Type implementation) =>
        _factories[service] = resolver => resolver.Construct(implementation);

    public void RegisterInstance(Type service, object implementation) =>
        _factories[service] = _ => implementation;

    public void RegisterLazy(Type service, Func<object> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var lazy = new Lazy<object>(factory);
        _factories[service] = _ => lazy.Value;
    }

    public ITypeResolver Build() => new TypeResolver(new Dictionary<Type, Func<TypeResolver, object>>(_factories));
}
