using Ctg.Participation.Accounts;

namespace Ctg.Participation.Tests.Accounts;

public sealed class PortalPasswordValidatorTests
{
    private static async Task<bool> AcceptsAsync(string password, string email = "lou@exemple.fr", string name = "Lou T.")
    {
        var result = await new PortalPasswordValidator().ValidateAsync(null!, new PortalUser { Email = email, DisplayName = name }, password);
        return result.Succeeded;
    }

    [Theory]
    [InlineData("azertyazerty")]
    [InlineData("motdepasse123")]
    [InlineData("aaaaaaaaaaaaaaaa")]
    [InlineData("ababababababab")]
    public async Task Common_or_repetitive_passwords_are_refused(string password) => Assert.False(await AcceptsAsync(password));

    [Fact]
    public async Task A_password_that_repeats_the_email_is_refused() =>
        Assert.False(await AcceptsAsync("camille.rossi2026!", email: "camille.rossi@exemple.fr"));

    [Fact]
    public async Task A_long_passphrase_is_accepted() => Assert.True(await AcceptsAsync("trois chats sur le Var"));
}
