using SkiaSharp;

namespace Ctg.Participation.Demo;

/// <summary>
/// Illustrations for the demo, drawn here with SkiaSharp (nothing downloaded): a soft landscape of hills, a sun and a
/// few houses or figures in the colours of a theme, so that cards and news do not look empty. Saved as JPEG files
/// under a random name in the folder a feature gives, like an uploaded image.
/// </summary>
public static class DemoPictures
{
    private static readonly (SKColor Sky, SKColor Hill, SKColor Accent)[] Palettes =
    [
        (new SKColor(0xCF, 0xE8, 0xEC), new SKColor(0x2F, 0x7D, 0x6D), new SKColor(0xF2, 0xA5, 0x41)),
        (new SKColor(0xF6, 0xE3, 0xD0), new SKColor(0x9C, 0x4F, 0x2F), new SKColor(0x3A, 0x6E, 0xA5)),
        (new SKColor(0xE4, 0xE6, 0xF7), new SKColor(0x4B, 0x4E, 0x9A), new SKColor(0xE5, 0x6B, 0x6F)),
        (new SKColor(0xE8, 0xF3, 0xDC), new SKColor(0x5A, 0x8A, 0x3A), new SKColor(0xC0, 0x39, 0x2B)),
    ];

    /// <summary>Draws picture number <paramref name="seed"/> and stores it; returns the file name.</summary>
    public static string Save(string folder, int seed)
    {
        Directory.CreateDirectory(folder);
        var name = Guid.NewGuid().ToString("N") + ".jpg";
        File.WriteAllBytes(Path.Combine(folder, name), Draw(seed));
        return name;
    }

    public static byte[] Draw(int seed, int width = 960, int height = 540)
    {
        var random = new Random(seed);
        var (sky, hill, accent) = Palettes[seed % Palettes.Length];
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        var canvas = surface.Canvas;
        using (var gradient = new SKPaint { IsAntialias = true })
        {
            gradient.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, height), [sky, SKColors.White], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, width, height, gradient);
        }
        using var paint = new SKPaint { IsAntialias = true };
        paint.Color = accent.WithAlpha(220);
        canvas.DrawCircle(width * (0.15f + (float)random.NextDouble() * 0.7f), height * 0.25f, height * 0.11f, paint);
        for (var layer = 0; layer < 3; layer++)
        {
            using var path = new SKPath();
            var baseY = height * (0.55f + layer * 0.13f);
            path.MoveTo(0, height);
            path.LineTo(0, baseY);
            for (var x = 0; x <= width; x += width / 6)
            {
                path.QuadTo(x + width / 12f, baseY - (float)random.NextDouble() * height * 0.18f, x + width / 6f, baseY);
            }
            path.LineTo(width, height);
            path.Close();
            paint.Color = hill.WithAlpha((byte)(110 + layer * 60));
            canvas.DrawPath(path, paint);
        }
        // A few houses on the front hill.
        for (var i = 0; i < 3 + random.Next(3); i++)
        {
            var x = width * (0.1f + (float)random.NextDouble() * 0.8f);
            var y = height * 0.82f;
            var size = height * (0.07f + (float)random.NextDouble() * 0.04f);
            paint.Color = SKColors.White;
            canvas.DrawRect(x, y - size, size * 1.2f, size, paint);
            using var roof = new SKPath();
            roof.MoveTo(x - size * 0.15f, y - size);
            roof.LineTo(x + size * 0.6f, y - size * 1.6f);
            roof.LineTo(x + size * 1.35f, y - size);
            roof.Close();
            paint.Color = accent;
            canvas.DrawPath(roof, paint);
        }
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 80);
        return data.ToArray();
    }
}
