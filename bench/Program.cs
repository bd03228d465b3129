using Ctg.Participation.Bench;

// Usage: dotnet run -c Release --project bench -- walls --clients 100,500,1000 [--messages 50]
//        dotnet run -c Release --project bench -- surveys [--responses 300000]
if (args.Length > 0 && args[0] == "surveys")
{
    await SurveyBenchmark.RunAsync(int.Parse(Option(args, "--responses", "300000")));
    return 0;
}
if (args.Length == 0 || args[0] != "walls")
{
    Console.Error.WriteLine("Usage: dotnet run -c Release --project bench -- walls --clients 100,500,1000 [--messages 50]");
    return 1;
}
var clients = Option(args, "--clients", "100,500,1000").Split(',').Select(int.Parse).ToList();
var messages = int.Parse(Option(args, "--messages", "50"));
await WallBenchmark.RunAsync(clients, messages);
return 0;

static string Option(string[] args, string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}
