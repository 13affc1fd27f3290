using Assay.Web.Api.Models;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Assay.Web.Api;

/// <summary>Describes the ingest body in the OpenAPI document: JSON, JSON Lines, multipart files or plain text.</summary>
/// <remarks>Written here rather than with <c>Accepts</c> metadata, which would make routing answer other content
/// types with a bare 415 before the endpoint could explain what to send.</remarks>
internal static class IngestRequestBody
{
    /// <summary>Sets the operation's request body.</summary>
    public static async Task Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var article = await context.GetOrCreateSchemaAsync(typeof(IngestArticle), null, cancellationToken);
        var text = new OpenApiSchema { Type = JsonSchemaType.String };
        var files = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["files"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
            },
        };
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new() { Schema = article },
                ["application/x-ndjson"] = new() { Schema = text },
                ["multipart/form-data"] = new() { Schema = files },
                ["text/plain"] = new() { Schema = text },
            },
        };
    }
}
