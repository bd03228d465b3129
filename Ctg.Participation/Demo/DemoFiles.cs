using System.Globalization;
using System.Text;
using SkiaSharp;

namespace Ctg.Participation.Demo;

/// <summary>Small valid files made on the spot for the demo library (and the bench): a one-page PDF and a PNG.</summary>
public static class DemoFiles
{
    /// <summary>A one-page PDF showing one line of text (ASCII only: the standard Helvetica font has no accents).</summary>
    public static byte[] Pdf(string line)
    {
        var text = new string(line.Normalize(NormalizationForm.FormD).Where(c => c < 128 && c is not ('(' or ')' or '\\')).ToArray());
        var stream = $"BT /F1 18 Tf 56 760 Td ({text}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {stream.Length} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>A small PNG: a coloured card with a band, enough to be a real image.</summary>
    public static byte[] Png(uint colour = 0xFF0B5C66)
    {
        using var bitmap = new SKBitmap(240, 140);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(colour));
            using var paint = new SKPaint { Color = SKColors.White };
            canvas.DrawRect(20, 90, 200, 24, paint);
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
