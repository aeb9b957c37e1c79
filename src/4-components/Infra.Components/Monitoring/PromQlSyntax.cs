namespace Infra.Components.Monitoring;

/// <summary>
/// A cheap syntactic check that an SLI query is PromQL-shaped, so a typo or a query in another
/// language is reported at synth time naming the SLO. It checks characters, balanced brackets and
/// quotes, and a dangling operator; the generated rules are then fully parsed by
/// <c>promtool check rules</c> in the test suite.
/// </summary>
public static class PromQlSyntax
{
    private const string Operators = "+-*/%^=!<>~,";

    /// <summary>What is wrong with <paramref name="query"/> (empty when it looks like PromQL).</summary>
    public static IReadOnlyList<string> Problems(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var problems = new List<string>();
        var stack = new Stack<char>();
        char? quote = null;
        for (var i = 0; i < query.Length; i++)
        {
            var c = query[i];
            if (quote is { } open)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == open)
                {
                    quote = null;
                }

                continue;
            }

            switch (c)
            {
                case '"' or '\'' or '`':
                    quote = c;
                    break;
                case '(' or '[' or '{':
                    stack.Push(c);
                    break;
                case ')' or ']' or '}':
                    var expected = c switch { ')' => '(', ']' => '[', _ => '{' };
                    if (stack.Count == 0 || stack.Pop() != expected)
                    {
                        problems.Add($"'{c}' at position {i + 1} closes nothing that is open");
                        return problems;
                    }

                    break;
                case '#':
                    problems.Add($"'#' at position {i + 1} starts a comment; PromQL rules have none");
                    return problems;
                default:
                    if (!(char.IsAsciiLetterOrDigit(c) || char.IsWhiteSpace(c) || c is '_' or ':' or '.' or '@' || Operators.Contains(c)))
                    {
                        problems.Add($"'{c}' at position {i + 1} is not part of PromQL");
                        return problems;
                    }

                    break;
            }
        }

        if (quote is { } unclosed)
        {
            problems.Add($"a string opened with {unclosed} is never closed");
        }
        else if (stack.Count > 0)
        {
            problems.Add($"'{stack.Peek()}' is never closed");
        }
        else if (query.TrimEnd() is { Length: > 0 } trimmed && Operators.Contains(trimmed[^1]))
        {
            problems.Add($"it ends with the operator '{trimmed[^1]}'");
        }

        return problems;
    }
}
