namespace Assay.Extraction.Tests.Specs;

/// <summary>One example of a spec file: an input text and the spans expected from it.</summary>
/// <remarks><see cref="Format"/> is null for body text, else the reader format ("md", "html", "json") the input goes through.</remarks>
internal sealed record SpecExample(string File, int Line, string Input, DateOnly Published, IReadOnlyList<SpecExpectation> Expectations, string? Format = null);

/// <summary>One expectation line: "[no] kind ["text"] key=value ...".</summary>
internal sealed record SpecExpectation(int Line, bool Negated, string Kind, string? Text, IReadOnlyList<SpecCondition> Conditions);

/// <summary>A key compared with a value by '=', '&lt;', '&gt;' or '~' (contains).</summary>
internal sealed record SpecCondition(string Key, char Op, string? Value);
