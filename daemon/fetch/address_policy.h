// Which IP addresses a link found in a feed may lead to. Feeds are untrusted
// input: a link to 127.0.0.1, 10.0.0.5 or fe80::1 would make the daemon
// fetch from the machine or the network it runs on (server-side request
// forgery). Pure: the address is text, nothing is resolved or connected.
#pragma once

#include <optional>
#include <string_view>

namespace corpusd {

enum class AddressKind {
  kPublic,       // anything not below
  kLoopback,     // 127.0.0.0/8, ::1
  kPrivate,      // 10/8, 172.16/12, 192.168/16, 100.64/10 (carrier NAT), fec0::/10 (site-local)
  kLinkLocal,    // 169.254/16, fe80::/10
  kUniqueLocal,  // fc00::/7
  kUnspecified,  // 0.0.0.0/8 ("this network"), ::
  kMulticast,    // 224/4, ff00::/8
  kReserved,     // 240/4, including the broadcast address 255.255.255.255
};

// The kind of a numeric IPv4 ("10.1.2.3") or IPv6 ("fe80::1", "[::1]",
// "fe80::1%eth0") address. IPv6 addresses that carry an IPv4 address
// (v4-mapped ::ffff:a.b.c.d, the deprecated v4-compatible ::a.b.c.d and
// NAT64's 64:ff9b::a.b.c.d) are the kind of that IPv4 address. nullopt for
// text that is not an address (a host name).
std::optional<AddressKind> ClassifyAddress(std::string_view ip);

// "public", "loopback", "private", "link-local", "unique-local",
// "unspecified", "multicast", "reserved".
std::string_view AddressKindName(AddressKind kind);

// True when an untrusted link may not reach `ip`: every kind but kPublic,
// and text that is not an address at all.
bool IsRestrictedAddress(std::string_view ip);

}  // namespace corpusd
