// Sites by the Public Suffix List (libpsl's built-in copy).
#include "daemon/fetch/registrable_domain.h"

#include <gtest/gtest.h>

namespace corpusd {
namespace {

TEST(RegistrableDomainTest, HostsOfOneRegistrableDomainAreOneSite) {
  EXPECT_EQ(RegistrableDomain("www.example.com"), "example.com");
  EXPECT_EQ(RegistrableDomain("feeds.example.com"), "example.com");
  EXPECT_EQ(RegistrableDomain("example.com"), "example.com");
  EXPECT_EQ(RegistrableDomain("www.example.co.uk"), "example.co.uk");
  EXPECT_EQ(RegistrableDomain("WWW.Example.COM."), "example.com");
}

TEST(RegistrableDomainTest, PrivateSuffixesSplitSites) {
  EXPECT_EQ(RegistrableDomain("alice.github.io"), "alice.github.io");
  EXPECT_EQ(RegistrableDomain("www.alice.github.io"), "alice.github.io");
  EXPECT_NE(RegistrableDomain("alice.github.io"), RegistrableDomain("bob.github.io"));
}

TEST(RegistrableDomainTest, AddressesSuffixesAndUnknownNamesAreTheirOwnSite) {
  EXPECT_EQ(RegistrableDomain("127.0.0.1"), "127.0.0.1");
  EXPECT_EQ(RegistrableDomain("10.0.0.1"), "10.0.0.1");
  EXPECT_EQ(RegistrableDomain("::1"), "::1");
  EXPECT_EQ(RegistrableDomain("localhost"), "localhost");
  EXPECT_EQ(RegistrableDomain("co.uk"), "co.uk");
  EXPECT_EQ(RegistrableDomain(""), "");
}

}  // namespace
}  // namespace corpusd
