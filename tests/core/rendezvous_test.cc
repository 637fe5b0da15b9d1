#include "core/rendezvous.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace corpusd {
namespace {

std::vector<std::string> Sites(int n) {
  std::vector<std::string> sites;
  for (int i = 0; i < n; ++i) sites.push_back("site" + std::to_string(i) + ".example");
  return sites;
}

TEST(Rendezvous, OneNodeOwnsEverything) {
  EXPECT_EQ(RendezvousOwner("example.org", 1), 1u);
  EXPECT_EQ(RendezvousOwner("example.org", 0), 1u);
}

TEST(Rendezvous, StableAcrossBuildsAndMachines) {
  // Every node of a fleet must agree, whatever build it runs: fixed answers.
  EXPECT_EQ(RendezvousOwner("example.org", 2), RendezvousOwner("example.org", 2));
  std::string owners;
  for (const char* site : {"asahi.com", "bbc.co.uk", "elpais.com", "example.org", "lemonde.fr",
                           "nytimes.com", "spiegel.de", "zeit.de"}) {
    owners += std::to_string(RendezvousOwner(site, 3));
  }
  EXPECT_EQ(owners, "21112121");
}

TEST(Rendezvous, SharesAreEven) {
  const std::vector<std::string> sites = Sites(20000);
  for (unsigned nodes : {2u, 3u, 5u, 8u}) {
    std::vector<int> count(nodes + 1);
    for (const std::string& s : sites) {
      const unsigned owner = RendezvousOwner(s, nodes);
      ASSERT_GE(owner, 1u);
      ASSERT_LE(owner, nodes);
      ++count[owner];
    }
    const double fair = static_cast<double>(sites.size()) / nodes;
    for (unsigned node = 1; node <= nodes; ++node) {
      EXPECT_NEAR(count[node], fair, fair * 0.05) << node << " of " << nodes;
    }
  }
}

TEST(Rendezvous, ANewNodeTakesAboutItsShareAndNothingElseMoves) {
  const std::vector<std::string> sites = Sites(20000);
  for (unsigned nodes : {1u, 2u, 4u, 9u}) {
    int moved = 0;
    for (const std::string& s : sites) {
      const unsigned before = RendezvousOwner(s, nodes);
      const unsigned after = RendezvousOwner(s, nodes + 1);
      if (before != after) {
        ++moved;
        EXPECT_EQ(after, nodes + 1) << s << " moved between old nodes";
      }
    }
    const double expected = static_cast<double>(sites.size()) / (nodes + 1);
    EXPECT_NEAR(moved, expected, expected * 0.05) << nodes << " -> " << nodes + 1;
  }
}

}  // namespace
}  // namespace corpusd
