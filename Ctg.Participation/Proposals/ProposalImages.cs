using Ctg.Participation.Images;
using Microsoft.Extensions.Options;

namespace Ctg.Participation.Proposals;

/// <summary>
/// Images attached to proposals, kept in <see cref="ProposalOptions.ImageDirectory"/>. The checks and the
/// re-encoding (metadata dropped, turned upright) are the shared <see cref="ImageStore"/>'s.
/// </summary>
public sealed class ProposalImages(IOptions<ProposalOptions> options)
{
    public const long MaxBytes = ImageStore.MaxBytes;

    public sealed record Stored(string FileName, string ContentType);

    public sealed record Result(Stored? Image, string? Error);

    private ImageStore Store => new(options.Value.ImageDirectory);

    public static ImageKind? Sniff(ReadOnlySpan<byte> head) => ImageStore.Sniff(head);

    public async Task<Result> SaveAsync(Stream upload, long length, CancellationToken ct = default)
    {
        var saved = await Store.SaveAsync(upload, length, ct);
        return new(saved.Image is null ? null : new Stored(saved.Image.FileName, saved.Image.ContentType), saved.Error);
    }

    public Stream? Open(string fileName) => Store.Open(fileName);

    public void Delete(string? fileName) => Store.Delete(fileName);
}
