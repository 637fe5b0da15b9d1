// Which addresses untrusted links may reach: text in, kind out, no network.
#include "daemon/fetch/address_policy.h"

#include <gtest/gtest.h>

namespace corpusd {
namespace {

std::string KindOf(std::string_view ip) {
  const std::optional<AddressKind> kind = ClassifyAddress(ip);
  return kind ? std::string(AddressKindName(*kind)) : "not an address";
}

TEST(AddressPolicyTest, ClassifiesIpv4Ranges) {
  EXPECT_EQ(KindOf("127.0.0.1"), "loopback");
  EXPECT_EQ(KindOf("127.255.1.2"), "loopback");
  EXPECT_EQ(KindOf("10.0.0.5"), "private");
  EXPECT_EQ(KindOf("172.16.0.1"), "private");
  EXPECT_EQ(KindOf("172.31.255.255"), "private");
  EXPECT_EQ(KindOf("192.168.1.1"), "private");
  EXPECT_EQ(KindOf("100.64.0.1"), "private");
  EXPECT_EQ(KindOf("169.254.169.254"), "link-local");  // cloud metadata
  EXPECT_EQ(KindOf("0.0.0.0"), "unspecified");
  EXPECT_EQ(KindOf("0.1.2.3"), "unspecified");
  EXPECT_EQ(KindOf("224.0.0.1"), "multicast");
  EXPECT_EQ(KindOf("239.255.255.250"), "multicast");
  EXPECT_EQ(KindOf("240.0.0.1"), "reserved");
  EXPECT_EQ(KindOf("255.255.255.255"), "reserved");
}

TEST(AddressPolicyTest, NeighboursOfPrivateRangesArePublic) {
  EXPECT_EQ(KindOf("172.15.255.255"), "public");
  EXPECT_EQ(KindOf("172.32.0.0"), "public");
  EXPECT_EQ(KindOf("192.169.0.1"), "public");
  EXPECT_EQ(KindOf("100.128.0.1"), "public");
  EXPECT_EQ(KindOf("11.0.0.1"), "public");
  EXPECT_EQ(KindOf("93.184.216.34"), "public");
  EXPECT_EQ(KindOf("223.255.255.255"), "public");
  EXPECT_EQ(KindOf("126.255.255.255"), "public");
  EXPECT_EQ(KindOf("128.0.0.1"), "public");
}

TEST(AddressPolicyTest, ClassifiesIpv6Ranges) {
  EXPECT_EQ(KindOf("::1"), "loopback");
  EXPECT_EQ(KindOf("[::1]"), "loopback");
  EXPECT_EQ(KindOf("::"), "unspecified");
  EXPECT_EQ(KindOf("fe80::1"), "link-local");
  EXPECT_EQ(KindOf("fe80::1%eth0"), "link-local");
  EXPECT_EQ(KindOf("febf::1"), "link-local");
  EXPECT_EQ(KindOf("fec0::1"), "private");  // site-local, deprecated
  EXPECT_EQ(KindOf("fc00::1"), "unique-local");
  EXPECT_EQ(KindOf("fd12:3456::1"), "unique-local");
  EXPECT_EQ(KindOf("ff02::1"), "multicast");
  EXPECT_EQ(KindOf("2001:db8::1"), "public");
  EXPECT_EQ(KindOf("2606:4700::1111"), "public");
  EXPECT_EQ(KindOf("FE80::ABCD"), "link-local");
}

TEST(AddressPolicyTest, Ipv6CarryingIpv4IsTheKindOfTheIpv4) {
  EXPECT_EQ(KindOf("::ffff:127.0.0.1"), "loopback");
  EXPECT_EQ(KindOf("::ffff:7f00:1"), "loopback");
  EXPECT_EQ(KindOf("::ffff:10.1.2.3"), "private");
  EXPECT_EQ(KindOf("::ffff:169.254.169.254"), "link-local");
  EXPECT_EQ(KindOf("::ffff:93.184.216.34"), "public");
  EXPECT_EQ(KindOf("::127.0.0.1"), "loopback");          // v4-compatible, deprecated
  EXPECT_EQ(KindOf("64:ff9b::192.168.0.1"), "private");  // NAT64
  EXPECT_EQ(KindOf("64:ff9b::8.8.8.8"), "public");
}

TEST(AddressPolicyTest, HostNamesAndJunkAreNotAddressesAndAreRestricted) {
  EXPECT_EQ(KindOf("localhost"), "not an address");
  EXPECT_EQ(KindOf("example.com"), "not an address");
  EXPECT_EQ(KindOf(""), "not an address");
  EXPECT_EQ(KindOf("1.2.3"), "not an address");
  EXPECT_EQ(KindOf("256.1.1.1"), "not an address");
  EXPECT_EQ(KindOf("1.2.3.4.5"), "not an address");
  EXPECT_TRUE(IsRestrictedAddress("localhost"));
  EXPECT_TRUE(IsRestrictedAddress(""));
}

TEST(AddressPolicyTest, OnlyPublicAddressesAreUnrestricted) {
  EXPECT_FALSE(IsRestrictedAddress("93.184.216.34"));
  EXPECT_FALSE(IsRestrictedAddress("2001:4860:4860::8888"));
  for (const char* ip :
       {"127.0.0.1", "10.0.0.1", "169.254.1.1", "0.0.0.0", "224.0.0.1", "240.0.0.1", "::1",
        "::", "fe80::1", "fd00::1", "ff02::1", "::ffff:192.168.0.1"}) {
    EXPECT_TRUE(IsRestrictedAddress(ip)) << ip;
  }
}

}  // namespace
}  // namespace corpusd
