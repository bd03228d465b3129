using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ctg.Participation.Web.Forms;

/// <summary>
/// One form field the accessible way, everywhere the same: a visible label, an optional hint, the error beside the
/// field (linked by aria-describedby, aria-invalid set), and the value the person typed kept after a failed post.
/// Usage: &lt;field for="Input.Email" label="Adresse électronique" type="email" autocomplete="email" /&gt;
/// </summary>
[HtmlTargetElement("field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(HtmlEncoder encoder) : TagHelper
{
    public ModelExpression For { get; set; } = default!;
    public string Label { get; set; } = "";
    public string Type { get; set; } = "text";
    public string? Hint { get; set; }
    public string? Autocomplete { get; set; }
    public bool Required { get; set; }
    public int? Maxlength { get; set; }
    public int Rows { get; set; } = 6;
    public string? Inputmode { get; set; }
    public IEnumerable<SelectListItem>? Options { get; set; }

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var hintId = id + "-aide";
        var errorId = id + "-erreur";
        var entry = ViewContext.ViewData.ModelState.TryGetValue(name, out var state) ? state : null;
        var errors = entry?.Errors.Select(e => e.ErrorMessage).Where(m => !string.IsNullOrEmpty(m)).ToList() ?? [];
        var value = Type == "password" ? "" : entry?.AttemptedValue ?? Convert.ToString(For.Model, PortalCulture.French) ?? "";

        FieldLabels.Register(ViewContext.HttpContext, name, Label);
        var describedBy = string.Join(' ', new[] { Hint is null ? null : hintId, errors.Count > 0 ? errorId : null }.Where(x => x is not null));
        var e = (string? s) => encoder.Encode(s ?? "");

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", errors.Count > 0 ? "champ champ--erreur" : "champ");

        var html = new System.Text.StringBuilder();
        if (Type == "checkbox")
        {
            var isChecked = entry?.AttemptedValue is { } attempted ? attempted.StartsWith("true", StringComparison.OrdinalIgnoreCase) : For.Model is true;
            html.Append($"<div class=\"case\"><input type=\"checkbox\" id=\"{e(id)}\" name=\"{e(name)}\" value=\"true\"{(isChecked ? " checked" : "")}{Aria(describedBy, errors.Count > 0)} />");
            html.Append($"<label for=\"{e(id)}\">{e(Label)}</label></div>");
            // Unchecked boxes post nothing; this hidden value lets model binding read "false".
            html.Append($"<input type=\"hidden\" name=\"{e(name)}\" value=\"false\" />");
        }
        else
        {
            html.Append($"<label for=\"{e(id)}\">{e(Label)}{(Required ? " <span class=\"obligatoire\">(obligatoire)</span>" : "")}</label>");
        }
        if (Hint is not null) html.Append($"<p class=\"aide\" id=\"{e(hintId)}\">{e(Hint)}</p>");
        if (errors.Count > 0)
        {
            html.Append($"<p class=\"erreur\" id=\"{e(errorId)}\"><span class=\"sr-only\">Erreur : </span>{e(string.Join(" ", errors))}</p>");
        }

        var common = $" id=\"{e(id)}\" name=\"{e(name)}\"{(Required ? " required aria-required=\"true\"" : "")}{Aria(describedBy, errors.Count > 0)}" +
                     (Autocomplete is null ? "" : $" autocomplete=\"{e(Autocomplete)}\"") +
                     (Maxlength is null ? "" : $" maxlength=\"{Maxlength}\"");
        switch (Type)
        {
            case "checkbox":
                break;
            case "textarea":
                html.Append($"<textarea{common} rows=\"{Rows}\">{e(value)}</textarea>");
                break;
            case "select":
                html.Append($"<select{common}>");
                foreach (var option in Options ?? [])
                {
                    var selected = option.Value == value;
                    html.Append($"<option value=\"{e(option.Value)}\"{(selected ? " selected" : "")}>{e(option.Text)}</option>");
                }
                html.Append("</select>");
                break;
            default:
                html.Append($"<input type=\"{e(Type)}\"{common} value=\"{e(value)}\"{(Inputmode is null ? "" : $" inputmode=\"{e(Inputmode)}\"")} />");
                break;
        }
        output.Content.SetHtmlContent(html.ToString());
    }

    private static string Aria(string describedBy, bool invalid) =>
        (describedBy.Length > 0 ? $" aria-describedby=\"{describedBy}\"" : "") + (invalid ? " aria-invalid=\"true\"" : "");
}
