namespace Infra.Core.Diagnostics;

public enum Severity
{
    Error,
    Warning,
}

/// <summary>
/// One problem found in a spec, a config or a graph. <see cref="Subject"/> is what a person would
/// look for to fix it: a config key (<c>ml-platform:region</c>), a spec path or a logical name.
/// The message says what was given and what is allowed.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Subject, string Message)
{
    public static Diagnostic Error(string code, string subject, string message) => new(Severity.Error, code, subject, message);

    public static Diagnostic Warning(string code, string subject, string message) => new(Severity.Warning, code, subject, message);

    public bool IsError => Severity == Severity.Error;

    public override string ToString() =>
        $"{(IsError ? "error" : "warning")} {Code}: {Subject}: {Message}";
}
