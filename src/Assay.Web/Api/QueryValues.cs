using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Assay.Workspace;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Assay.Web.Api;

/// <summary>Reads typed query parameters from their text, so a bad value gets a 400 that names the parameter rather
/// than the framework's bare 400.</summary>
internal static class QueryValues
{
    /// <summary>An ISO 8601 date ("2024-10-18"); null text gives null.</summary>
    public static bool TryDate(string? text, string name, out DateOnly? value, [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        value = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            value = date;
            return true;
        }

        problem = ApiProblems.BadParameter(name, $"'{text}' is not a date: write it as ISO 8601, such as 2024-10-18");
        return false;
    }

    /// <summary>An enum value by its snake_case name; null text gives null.</summary>
    public static bool TryEnum<T>(string? text, string name, out T? value, [NotNullWhen(false)] out ProblemHttpResult? problem)
        where T : struct, Enum
    {
        value = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!int.TryParse(text, CultureInfo.InvariantCulture, out _) && EnumNames.TryParse<T>(text, out var parsed))
        {
            value = parsed;
            return true;
        }

        problem = ApiProblems.BadParameter(name, $"'{text}' is not one of: {EnumNames.List<T>()}");
        return false;
    }

    /// <summary>A whole number; null text gives null.</summary>
    public static bool TryLong(string? text, string name, out long? value, [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        value = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            value = n;
            return true;
        }

        problem = ApiProblems.BadParameter(name, $"'{text}' is not an id: give a whole number");
        return false;
    }

    /// <summary>"true" or "false"; null text gives null.</summary>
    public static bool TryBool(string? text, string name, out bool? value, [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        value = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (bool.TryParse(text.Trim(), out var b))
        {
            value = b;
            return true;
        }

        problem = ApiProblems.BadParameter(name, $"'{text}' is not true or false");
        return false;
    }
}
