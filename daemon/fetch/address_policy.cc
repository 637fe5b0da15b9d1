#include "daemon/fetch/address_policy.h"

#include <arpa/inet.h>

#include <array>
#include <cstdint>
#include <string>

namespace corpusd {
namespace {

AddressKind ClassifyV4(const std::uint8_t* a) {
  const std::uint32_t v = (std::uint32_t{a[0]} << 24) | (std::uint32_t{a[1]} << 16) |
                          (std::uint32_t{a[2]} << 8) | std::uint32_t{a[3]};
  auto in = [v](std::uint32_t net, int bits) { return (v >> (32 - bits)) == (net >> (32 - bits)); };
  if (in(0x00000000, 8)) return AddressKind::kUnspecified;
  if (in(0x7f000000, 8)) return AddressKind::kLoopback;
  if (in(0x0a000000, 8) || in(0xac100000, 12) || in(0xc0a80000, 16) || in(0x64400000, 10)) {
    return AddressKind::kPrivate;
  }
  if (in(0xa9fe0000, 16)) return AddressKind::kLinkLocal;
  if (in(0xe0000000, 4)) return AddressKind::kMulticast;
  if (in(0xf0000000, 4)) return AddressKind::kReserved;
  return AddressKind::kPublic;
}

AddressKind ClassifyV6(const std::uint8_t* a) {
  static constexpr std::uint8_t kMapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
  static constexpr std::uint8_t kNat64[12] = {0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};
  static constexpr std::uint8_t kZeros[12] = {};
  auto starts = [a](const std::uint8_t* prefix) {
    for (int i = 0; i < 12; ++i) {
      if (a[i] != prefix[i]) return false;
    }
    return true;
  };
  if (starts(kZeros)) {
    const bool high_zero = a[12] == 0 && a[13] == 0 && a[14] == 0;
    if (high_zero && a[15] == 0) return AddressKind::kUnspecified;  // ::
    if (high_zero && a[15] == 1) return AddressKind::kLoopback;     // ::1
    return ClassifyV4(a + 12);                                      // ::a.b.c.d
  }
  if (starts(kMapped) || starts(kNat64)) return ClassifyV4(a + 12);
  if (a[0] == 0xff) return AddressKind::kMulticast;
  if (a[0] == 0xfe && (a[1] & 0xc0) == 0x80) return AddressKind::kLinkLocal;
  if (a[0] == 0xfe && (a[1] & 0xc0) == 0xc0) return AddressKind::kPrivate;
  if ((a[0] & 0xfe) == 0xfc) return AddressKind::kUniqueLocal;
  return AddressKind::kPublic;
}

}  // namespace

std::optional<AddressKind> ClassifyAddress(std::string_view ip) {
  if (ip.size() >= 2 && ip.front() == '[' && ip.back() == ']') ip = ip.substr(1, ip.size() - 2);
  if (const auto zone = ip.find('%'); zone != std::string_view::npos) ip = ip.substr(0, zone);
  if (ip.empty() || ip.size() > 64) return std::nullopt;
  const std::string text(ip);
  std::array<std::uint8_t, 16> bytes{};
  if (inet_pton(AF_INET, text.c_str(), bytes.data()) == 1) return ClassifyV4(bytes.data());
  if (inet_pton(AF_INET6, text.c_str(), bytes.data()) == 1) return ClassifyV6(bytes.data());
  return std::nullopt;
}

std::string_view AddressKindName(AddressKind kind) {
  switch (kind) {
    case AddressKind::kPublic:
      return "public";
    case AddressKind::kLoopback:
      return "loopback";
    case AddressKind::kPrivate:
      return "private";
    case AddressKind::kLinkLocal:
      return "link-local";
    case AddressKind::kUniqueLocal:
      return "unique-local";
    case AddressKind::kUnspecified:
      return "unspecified";
    case AddressKind::kMulticast:
      return "multicast";
    case AddressKind::kReserved:
      return "reserved";
  }
  return "unknown";
}

bool IsRestrictedAddress(std::string_view ip) {
  const std::optional<AddressKind> kind = ClassifyAddress(ip);
  return !kind || *kind != AddressKind::kPublic;
}

}  // namespace corpusd
