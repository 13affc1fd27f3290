using System.Data.Common;

namespace Assay.Storage;

/// <summary>Adds parameters through the ADO.NET base types, so SQL shared by both stores binds the same way.</summary>
internal static class DbParameters
{
    /// <summary>Adds <paramref name="name"/> with <paramref name="value"/> (null as DBNull) to the command.</summary>
    public static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
