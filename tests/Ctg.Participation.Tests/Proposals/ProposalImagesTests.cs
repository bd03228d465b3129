using System.Text;
using Ctg.Participation.Images;
using Ctg.Participation.Proposals;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Ctg.Participation.Tests.Proposals;

public sealed class ProposalImagesTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "ctg-images-" + Guid.NewGuid().ToString("N"));
    private ProposalImages Images => new(Options.Create(new ProposalOptions { ImageDirectory = folder }));

    [Fact]
    public async Task Jpeg_with_gps_exif_is_stored_without_its_metadata()
    {
        var jpeg = WithExif(Encode(SKEncodedImageFormat.Jpeg));
        Assert.Contains("GPSLatitude", Encoding.ASCII.GetString(jpeg));

        var result = await Images.SaveAsync(new MemoryStream(jpeg), jpeg.Length);

        Assert.Null(result.Error);
        Assert.Equal("image/jpeg", result.Image!.ContentType);
        var stored = await File.ReadAllBytesAsync(Path.Combine(folder, result.Image.FileName));
        var text = Encoding.ASCII.GetString(stored);
        Assert.DoesNotContain("Exif", text);
        Assert.DoesNotContain("GPSLatitude", text);
        Assert.NotNull(SKBitmap.Decode(stored));
    }

    [Fact]
    public async Task File_named_like_an_image_but_not_one_is_refused()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>");
        var result = await Images.SaveAsync(new MemoryStream(bytes), bytes.Length);
        Assert.Equal("Le fichier n'est pas une image JPEG, PNG ou WebP.", result.Error);
        Assert.False(Directory.Exists(folder) && Directory.EnumerateFiles(folder).Any());
    }

    [Fact]
    public async Task Image_header_without_a_decodable_image_is_refused()
    {
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, 5];
        var result = await Images.SaveAsync(new MemoryStream(bytes), bytes.Length);
        Assert.NotNull(result.Error);
        Assert.Null(result.Image);
    }

    [Fact]
    public async Task Image_over_five_megabytes_is_refused()
    {
        var result = await Images.SaveAsync(new MemoryStream([0xFF, 0xD8, 0xFF]), ProposalImages.MaxBytes + 1);
        Assert.Equal("L'image dépasse 5 Mo. Choisissez une image plus légère.", result.Error);
    }

    [Theory]
    [InlineData(SKEncodedImageFormat.Png, ImageKind.Png)]
    [InlineData(SKEncodedImageFormat.Webp, ImageKind.Webp)]
    [InlineData(SKEncodedImageFormat.Jpeg, ImageKind.Jpeg)]
    public void Kind_is_read_from_the_content(SKEncodedImageFormat format, ImageKind kind) =>
        Assert.Equal(kind, ImageStore.Sniff(Encode(format)));

    [Fact]
    public void A_portrait_photo_marked_by_its_exif_orientation_is_stored_upright()
    {
        // A 40×20 landscape frame whose left half is red, tagged "rotate 90° clockwise to view" (orientation 6),
        // as phones write portrait photos.
        using var bitmap = new SKBitmap(40, 20);
        bitmap.Erase(SKColors.Blue);
        using (var canvas = new SKCanvas(bitmap)) canvas.DrawRect(0, 0, 20, 20, new SKPaint { Color = SKColors.Red });
        using var image = SKImage.FromBitmap(bitmap);
        var jpeg = WithOrientation(image.Encode(SKEncodedImageFormat.Jpeg, 95).ToArray(), 6);

        var stored = ImageStore.ReEncode(jpeg, ImageKind.Jpeg)!;

        using var upright = SKBitmap.Decode(stored);
        Assert.Equal((20, 40), (upright.Width, upright.Height));
        // Turned clockwise, the left (red) half of the frame becomes the top half.
        Assert.True(upright.GetPixel(10, 5).Red > 200 && upright.GetPixel(10, 5).Blue < 80, upright.GetPixel(10, 5).ToString());
        Assert.True(upright.GetPixel(10, 35).Blue > 200, upright.GetPixel(10, 35).ToString());
    }

    /// <summary>Inserts a minimal little-endian EXIF segment holding only the Orientation tag (0x0112).</summary>
    private static byte[] WithOrientation(byte[] jpeg, byte orientation)
    {
        byte[] payload =
        [
            (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0,
            (byte)'I', (byte)'I', 0x2A, 0, 8, 0, 0, 0,
            1, 0,
            0x12, 0x01, 3, 0, 1, 0, 0, 0, orientation, 0, 0, 0,
            0, 0, 0, 0,
        ];
        var length = payload.Length + 2;
        var segment = new byte[] { 0xFF, 0xE1, (byte)(length >> 8), (byte)(length & 0xFF) }.Concat(payload);
        return jpeg[..2].Concat(segment).Concat(jpeg[2..]).ToArray();
    }

    private static byte[] Encode(SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(8, 8);
        bitmap.Erase(SKColors.CornflowerBlue);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>Inserts an APP1 "Exif" segment carrying a GPS tag name right after the JPEG's start marker.</summary>
    private static byte[] WithExif(byte[] jpeg)
    {
        var payload = Encoding.ASCII.GetBytes("Exif\0\0MM\0*GPSLatitude 43.7 GPSLongitude 7.2");
        var length = payload.Length + 2;
        var segment = new byte[] { 0xFF, 0xE1, (byte)(length >> 8), (byte)(length & 0xFF) }.Concat(payload);
        return jpeg[..2].Concat(segment).Concat(jpeg[2..]).ToArray();
    }

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
