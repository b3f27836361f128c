using System.Text;

namespace Loket.Web.Infrastructure.Csv;

/// <summary>
/// A small RFC 4180 reader: quoted fields (with "" and line breaks inside), the delimiter detected
/// from the header (";" as Dutch Excel writes it, "," or tab), and the line each record starts on,
/// so errors can name it.
/// </summary>
public static class CsvRecords
{
    public sealed record Record(int Line, IReadOnlyList<string> Fields);

    public static IEnumerable<Record> Read(TextReader reader)
    {
        var text = reader.ReadToEnd().TrimStart('\uFEFF');
        var firstLineEnd = text.IndexOfAny(['\r', '\n']);
        var header = firstLineEnd < 0 ? text : text[..firstLineEnd];
        var delimiter = new[] { ';', ',', '\t' }.MaxBy(d => header.Count(c => c == d));

        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                if (fields.Any(f => f.Length > 0))
                {
                    yield return new Record(recordLine, [.. fields]);
                }

                fields.Clear();
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        if (fields.Any(f => f.Length > 0))
        {
            yield return new Record(recordLine, [.. fields]);
        }
    }
}
