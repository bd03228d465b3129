using SkiaSharp;

namespace Ctg.Participation.Images;

/// <summary>
/// Uploaded images kept in one folder. The content decides, not the file name: the first bytes must be those of a
/// JPEG, PNG or WebP file and the image must decode. It is then re-encoded from its pixels, which leaves every
/// metadata block (EXIF, GPS position, camera serial) behind, and stored under a random name. Proposals and walls
/// each give their own folder.
/// </summary>
public sealed class ImageStore(string folder)
{
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>Beyond this many pixels a 5 MB file is a decompression bomb, not a photo.</summary>
    private const long MaxPixels = 40_000_000;

    public sealed record Stored(string FileName, string ContentType);

    public sealed record Result(Stored? Image, string? Error);

    public string Folder { get; } = folder;

    public async Task<Result> SaveAsync(Stream upload, long length, CancellationToken ct = default)
    {
        if (length > MaxBytes) return new(null, "L'image dépasse 5 Mo. Choisissez une image plus légère.");
        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, ct);
        if (buffer.Length > MaxBytes) return new(null, "L'image dépasse 5 Mo. Choisissez une image plus légère.");
        if (buffer.Length == 0) return new(null, "Le fichier envoyé est vide.");

        var bytes = buffer.ToArray();
        var kind = Sniff(bytes);
        if (kind is null) return new(null, "Le fichier n'est pas une image JPEG, PNG ou WebP.");

        var encoded = ReEncode(bytes, kind.Value);
        if (encoded is null) return new(null, "L'image ne peut pas être lue : elle est peut-être abîmée. Essayez une autre image.");

        Directory.CreateDirectory(Folder);
        var name = Guid.NewGuid().ToString("N") + Extension(kind.Value);
        await File.WriteAllBytesAsync(Path.Combine(Folder, name), encoded, ct);
        return new(new Stored(name, ContentType(kind.Value)), null);
    }

    public static ImageKind? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return ImageKind.Jpeg;
        if (head.Length >= 8 && head[..8].SequenceEqual((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return ImageKind.Png;
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return ImageKind.Webp;
        return null;
    }

    /// <summary>Decodes and encodes again from pixels only; null when the bytes do not decode.</summary>
    public static byte[]? ReEncode(byte[] bytes, ImageKind kind)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null) return null;
        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels) return null;
        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null) return null;
        // The EXIF orientation goes with the rest of the metadata, so turn the pixels upright first: a phone photo
        // taken in portrait would otherwise show on its side.
        using var bitmap = Upright(decoded, codec.EncodedOrigin);
        using var image = SKImage.FromBitmap(bitmap);
        var format = kind switch
        {
            ImageKind.Png => SKEncodedImageFormat.Png,
            ImageKind.Webp => SKEncodedImageFormat.Webp,
            _ => SKEncodedImageFormat.Jpeg,
        };
        using var encoded = image.Encode(format, 85);
        return encoded?.ToArray();
    }

    /// <summary>A copy of the pixels as the camera meant them to be seen (EXIF orientations 1 to 8).</summary>
    public static SKBitmap Upright(SKBitmap source, SKEncodedOrigin origin)
    {
        float w = source.Width, h = source.Height;
        // x' = ScaleX·x + SkewX·y + TransX ; y' = SkewY·x + ScaleY·y + TransY
        SKMatrix? matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => null,
        };
        if (matrix is null) return source.Copy();
        var swaps = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var result = new SKBitmap(swaps ? source.Height : source.Width, swaps ? source.Width : source.Height, source.ColorType, source.AlphaType);
        using var canvas = new SKCanvas(result);
        canvas.SetMatrix(matrix.Value);
        canvas.DrawBitmap(source, 0, 0);
        return result;
    }

    public Stream? Open(string fileName)
    {
        // Names are ours (a GUID and an extension); anything else is refused before touching the disk.
        if (!IsOwnName(fileName)) return null;
        var path = Path.Combine(Folder, fileName);
        return File.Exists(path) ? File.OpenRead(path) : null;
    }

    public void Delete(string? fileName)
    {
        if (string.IsNullOrEmpty(fileName) || !IsOwnName(fileName)) return;
        var path = Path.Combine(Folder, fileName);
        if (File.Exists(path)) File.Delete(path);
    }

    /// <summary>The content type of a stored name, from the extension this store gave it.</summary>
    public static string ContentTypeOf(string fileName) => Path.GetExtension(fileName) switch
    {
        ".png" => "image/png",
        ".webp" => "image/webp",
        _ => "image/jpeg",
    };

    private static bool IsOwnName(string fileName) =>
        !fileName.Contains('/') && !fileName.Contains('\\') && !fileName.Contains("..", StringComparison.Ordinal);

    private static string Extension(ImageKind kind) => kind switch { ImageKind.Png => ".png", ImageKind.Webp => ".webp", _ => ".jpg" };

    private static string ContentType(ImageKind kind) => kind switch { ImageKind.Png => "image/png", ImageKind.Webp => "image/webp", _ => "image/jpeg" };
}

public enum ImageKind
{
    Jpeg,
    Png,
    Webp,
}
