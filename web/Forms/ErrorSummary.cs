using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ctg.Participation.Web.Forms;

/// <summary>
/// The labels of the fields a page renders, in the order it renders them: the field tag helper and the survey questions
/// register theirs, so that the error summary at the top can name each field and follow the form's order.
/// </summary>
public static class FieldLabels
{
    private const string ItemKey = "ctg-field-labels";

    public static void Register(HttpContext context, string name, string label)
    {
        if (context.Items[ItemKey] is not List<(string Name, string Label)> list)
        {
            list = [];
            context.Items[ItemKey] = list;
        }
        if (!list.Exists(x => x.Name == name)) list.Add((name, label));
    }

    public static IReadOnlyList<(string Name, string Label)> Of(HttpContext context) =>
        context.Items[ItemKey] as List<(string Name, string Label)> ?? [];
}

/// <summary>
/// The list of the error summary. It is written when the response is, after the whole page (its fields included)
/// has rendered, which is how a summary placed above the form knows the fields' labels and order.
/// </summary>
public sealed class ErrorSummaryList(ModelStateDictionary state, HttpContext context) : IHtmlContent
{
    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        var labels = FieldLabels.Of(context);
        int Order(string key)
        {
            for (var i = 0; i < labels.Count; i++)
            {
                if (labels[i].Name == key) return i;
            }
            return int.MaxValue;
        }
        var entries = state.Where(s => s.Value!.Errors.Count > 0)
            .Select((s, index) => (s.Key, s.Value!, Index: index))
            .OrderBy(e => Order(e.Key)).ThenBy(e => e.Index);
        writer.Write("<ul>");
        foreach (var (key, entry, _) in entries)
        {
            var label = labels.FirstOrDefault(l => l.Name == key).Label;
            foreach (var error in entry.Errors)
            {
                var message = error.ErrorMessage;
                // « Titre — Saisissez un titre. » — unless the message already names its field.
                var text = string.IsNullOrEmpty(label) || message.Contains(label, StringComparison.OrdinalIgnoreCase) ? message : $"{label.TrimEnd(' ', ':')} — {message}";
                writer.Write("<li>");
                if (string.IsNullOrEmpty(key))
                {
                    encoder.Encode(writer, text);
                }
                else
                {
                    writer.Write("<a href=\"#");
                    encoder.Encode(writer, TagBuilder.CreateSanitizedId(key, "_"));
                    writer.Write("\">");
                    encoder.Encode(writer, text);
                    writer.Write("</a>");
                }
                writer.Write("</li>");
            }
        }
        writer.Write("</ul>");
    }
}
