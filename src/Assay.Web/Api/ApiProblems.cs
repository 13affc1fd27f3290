using Microsoft.AspNetCore.Http.HttpResults;

namespace Assay.Web.Api;

/// <summary>The API's errors as ProblemDetails (RFC 9457), each with a detail a person can act on.</summary>
internal static class ApiProblems
{
    /// <summary>400: a query parameter or field is wrong; the detail names it.</summary>
    public static ProblemHttpResult BadParameter(string name, string detail) =>
        TypedResults.Problem(detail: $"{name}: {detail}", statusCode: StatusCodes.Status400BadRequest, title: "Bad request",
            extensions: new Dictionary<string, object?> { ["parameter"] = name });

    /// <summary>400: the request as a whole cannot be used.</summary>
    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

    /// <summary>404: nothing with that id.</summary>
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    /// <summary>409: the request clashes with what is there.</summary>
    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    /// <summary>413: the body is over the upload limit.</summary>
    public static ProblemHttpResult TooLarge(long limit) =>
        TypedResults.Problem(
            detail: $"the request body is over the upload limit of {limit:N0} bytes; nothing was stored",
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "Payload too large");

    /// <summary>415: a body of a type the endpoint does not read.</summary>
    public static ProblemHttpResult UnsupportedType(string? type, string accepted) =>
        TypedResults.Problem(
            detail: $"content type '{type ?? "none"}' is not read here: send {accepted}",
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "Unsupported media type");
}
