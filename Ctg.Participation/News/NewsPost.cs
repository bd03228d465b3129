namespace Ctg.Participation.News;

/// <summary>An « actualité » a coordinator publishes on the CTG's public page: a title, sanitised rich text, an optional image.</summary>
public class NewsPost
{
    public int Id { get; set; }
    public int ConventionId { get; set; }
    public string Title { get; set; } = "";
    /// <summary>Sanitised on write by PortalHtmlSanitizer.</summary>
    public string BodyHtml { get; set; } = "";
    public string? ImageFile { get; set; }
    public string? ImageContentType { get; set; }
    /// <summary>Text alternative of the image, plain text.</summary>
    public string? ImageAlt { get; set; }
    public bool IsPublished { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? AuthorId { get; set; }
}
