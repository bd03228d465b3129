using System.Net;
using System.Net.Sockets;

namespace Ctg.Participation.Security;

/// <summary>
/// What the portal keeps of a client address: its /24 (IPv4) or /48 (IPv6) network, enough to see that attempts come
/// from one place, not enough to name a household.
/// </summary>
public static class NetworkPrefix
{
    public static string? Of(IPAddress? address)
    {
        if (address is null) return null;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        var bytes = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            bytes[3] = 0;
            return new IPAddress(bytes) + "/24";
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            Array.Clear(bytes, 6, 10);
            return new IPAddress(bytes) + "/48";
        }
        return null;
    }
}
