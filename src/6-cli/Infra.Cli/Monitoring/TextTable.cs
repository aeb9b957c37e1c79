using System.Text;

namespace Infra.Cli.Monitoring;

/// <summary>Left-aligned columns separated by two spaces; the first row is the header.</summary>
internal static class TextTable
{
    public static string Render(IReadOnlyList<string[]> rows)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(column => rows.Max(row => row[column].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.Append(string.Join("  ", row.Select((cell, column) => column == row.Length - 1 ? cell : cell.PadRight(widths[column]))).TrimEnd()).Append('\n');
        }

        return text.ToString();
    }
}
