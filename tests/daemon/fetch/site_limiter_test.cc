// The fetcher's politeness bookkeeping, with made-up instants: nothing sleeps.
#include "daemon/fetch/site_limiter.h"

#include <gtest/gtest.h>

#include <string>

namespace corpusd {
namespace {

using namespace std::chrono_literals;

class SiteLimiterTest : public ::testing::Test {
 protected:
  const SiteLimiter::TimePoint t0_ = SiteLimiter::TimePoint() + 1000s;
};

TEST_F(SiteLimiterTest, ANewSiteMayStartAtOnce) {
  SiteLimiter limiter(16, 2, 1000ms);
  EXPECT_TRUE(limiter.CanStart("example.com", t0_));
  EXPECT_EQ(limiter.ReadyAt("example.com", t0_), t0_);
}

TEST_F(SiteLimiterTest, TheSiteWaitsItsDelayBetweenStarts) {
  SiteLimiter limiter(16, 2, 1000ms);
  limiter.Started("example.com", t0_);
  EXPECT_FALSE(limiter.CanStart("example.com", t0_ + 999ms));
  EXPECT_EQ(limiter.ReadyAt("example.com", t0_ + 200ms), t0_ + 1000ms);
  EXPECT_TRUE(limiter.CanStart("example.com", t0_ + 1000ms));
  // Other sites are not held up.
  EXPECT_TRUE(limiter.CanStart("example.org", t0_));
}

TEST_F(SiteLimiterTest, NoMoreThanPerSiteInFlightToOneSite) {
  SiteLimiter limiter(16, 2, 0ms);
  limiter.Started("example.com", t0_);
  limiter.Started("example.com", t0_);
  EXPECT_EQ(limiter.in_flight("example.com"), 2u);
  EXPECT_FALSE(limiter.CanStart("example.com", t0_ + 1h));
  EXPECT_FALSE(limiter.ReadyAt("example.com", t0_));  // only a Finished helps
  EXPECT_TRUE(limiter.CanStart("example.org", t0_));
  limiter.Finished("example.com");
  EXPECT_TRUE(limiter.CanStart("example.com", t0_));
}

TEST_F(SiteLimiterTest, NoMoreThanMaxInFlightOverall) {
  SiteLimiter limiter(3, 2, 0ms);
  limiter.Started("a.com", t0_);
  limiter.Started("b.com", t0_);
  limiter.Started("c.com", t0_);
  EXPECT_EQ(limiter.in_flight(), 3u);
  EXPECT_FALSE(limiter.CanStart("d.com", t0_));
  EXPECT_FALSE(limiter.ReadyAt("a.com", t0_));
  limiter.Finished("b.com");
  EXPECT_TRUE(limiter.CanStart("d.com", t0_));
  EXPECT_EQ(limiter.in_flight(), 2u);
}

TEST_F(SiteLimiterTest, TheDelayCountsFromTheLastStartEvenWhileOneRuns) {
  SiteLimiter limiter(16, 2, 500ms);
  limiter.Started("example.com", t0_);
  limiter.Finished("example.com");
  EXPECT_FALSE(limiter.CanStart("example.com", t0_ + 100ms));
  limiter.Started("example.com", t0_ + 500ms);
  EXPECT_EQ(limiter.ReadyAt("example.com", t0_ + 600ms), t0_ + 1000ms);
}

TEST_F(SiteLimiterTest, ZeroLimitsCountAsOne) {
  SiteLimiter limiter(0, 0, -5ms);
  EXPECT_TRUE(limiter.CanStart("example.com", t0_));
  limiter.Started("example.com", t0_);
  EXPECT_FALSE(limiter.CanStart("example.org", t0_));
}

TEST_F(SiteLimiterTest, AnUnknownFinishChangesNothing) {
  SiteLimiter limiter(1, 1, 0ms);
  limiter.Started("a.com", t0_);
  limiter.Finished("b.com");
  EXPECT_EQ(limiter.in_flight(), 1u);
  limiter.Finished("a.com");
  limiter.Finished("a.com");
  EXPECT_EQ(limiter.in_flight(), 0u);
}

TEST_F(SiteLimiterTest, IdleSitesPastTheirDelayAreForgotten) {
  SiteLimiter limiter(1000, 2, 1000ms);
  for (int i = 0; i < 200; ++i) {
    const std::string site = "site" + std::to_string(i) + ".com";
    limiter.Started(site, t0_);
    if (i % 2 == 0) limiter.Finished(site);
  }
  EXPECT_EQ(limiter.in_flight(), 100u);
  // Long after: the idle half can go, the busy half stays, delays still hold.
  for (int i = 0; i < 200; ++i) limiter.Started("later" + std::to_string(i) + ".com", t0_ + 1h);
  EXPECT_LT(limiter.sites(), 400u);
  EXPECT_GE(limiter.sites(), 300u);
  EXPECT_EQ(limiter.in_flight("site1.com"), 1u);
  EXPECT_EQ(limiter.in_flight(), 300u);
  EXPECT_FALSE(limiter.CanStart("later0.com", t0_ + 1h + 1ms));
}

}  // namespace
}  // namespace corpusd
