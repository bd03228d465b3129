using Ctg.Participation.Walls;

namespace Ctg.Participation.Tests.Walls;

public sealed class FractionalKeyTests
{
    [Fact]
    public void A_key_between_two_keys_sorts_strictly_between_them_ordinally()
    {
        var random = new Random(7);
        var keys = new List<string> { FractionalKey.Between(null, null) };
        for (var i = 0; i < 2000; i++)
        {
            var at = random.Next(keys.Count + 1);
            var before = at == 0 ? null : keys[at - 1];
            var after = at == keys.Count ? null : keys[at];
            var key = FractionalKey.Between(before, after);
            if (before is not null) Assert.True(string.CompareOrdinal(before, key) < 0, $"{before} < {key}");
            if (after is not null) Assert.True(string.CompareOrdinal(key, after) < 0, $"{key} < {after}");
            Assert.True(FractionalKey.IsValid(key), key);
            keys.Insert(at, key);
        }
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void Inserting_always_at_the_front_grows_keys_slowly()
    {
        string? first = FractionalKey.Between(null, null);
        for (var i = 0; i < 100; i++) first = FractionalKey.Between(null, first);
        Assert.True(first!.Length < 30, first);
    }

    [Fact]
    public void Spread_gives_short_increasing_keys()
    {
        var keys = FractionalKey.Spread(500);
        Assert.Equal(500, keys.Distinct().Count());
        Assert.True(keys.Zip(keys.Skip(1)).All(p => string.CompareOrdinal(p.First, p.Second) < 0));
        Assert.All(keys, k => Assert.True(k.Length <= 2 && FractionalKey.IsValid(k), k));
    }

    [Fact]
    public void Keys_out_of_order_are_refused()
    {
        Assert.Throws<ArgumentException>(() => FractionalKey.Between("b", "a"));
        Assert.Throws<ArgumentException>(() => FractionalKey.Between("A", null));
    }
}
