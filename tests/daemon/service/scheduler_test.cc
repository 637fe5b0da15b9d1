// Scheduling and backoff, by moving a fake clock: nothing sleeps.
#include "daemon/service/scheduler.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "core/clock.h"
#include "daemon/service/clock_jumps.h"

namespace corpusd {
namespace {

using namespace std::chrono_literals;

class SchedulerTest : public ::testing::Test {
 protected:
  FakeClock clock_{std::chrono::system_clock::from_time_t(1'700'000'000)};
  double random_ = 0.0;  // the jitter draw
  Scheduler scheduler_{[this] { return random_; }};
};

TEST_F(SchedulerTest, OffersTheSourceDueFirstAndNeverOneThatIsRunning) {
  scheduler_.Add("slow", 60s, clock_.Now() + 10s);
  scheduler_.Add("fast", 5s, clock_.Now());
  ASSERT_TRUE(scheduler_.Next());
  EXPECT_EQ(scheduler_.Next()->name, "fast");
  scheduler_.Started("fast");
  EXPECT_EQ(scheduler_.Next()->name, "slow");
  scheduler_.Started("slow");
  EXPECT_FALSE(scheduler_.Next());
}

TEST_F(SchedulerTest, NextRunIsOneIntervalLaterPlusAtMostATenthOfJitter) {
  scheduler_.Add("inbox", 30s, clock_.Now());
  scheduler_.Started("inbox");
  clock_.Advance(2s);
  EXPECT_EQ(scheduler_.Finished("inbox", clock_.Now(), true), clock_.Now() + 30s);
  random_ = 0.999;
  scheduler_.Started("inbox");
  clock_.Advance(31s);
  const auto due = scheduler_.Finished("inbox", clock_.Now(), true);
  EXPECT_GT(due, clock_.Now() + 32s);
  EXPECT_LE(due, clock_.Now() + 33s);
}

TEST_F(SchedulerTest, FailuresBackOffDoublingUpTo32IntervalsAndAGoodRunResets) {
  scheduler_.Add("inbox", 10s, clock_.Now());
  const std::chrono::seconds expected[] = {20s, 40s, 80s, 160s, 320s, 320s, 320s};
  for (auto wait : expected) {
    scheduler_.Started("inbox");
    EXPECT_EQ(scheduler_.Finished("inbox", clock_.Now(), false), clock_.Now() + wait);
    clock_.Advance(wait);
  }
  EXPECT_EQ(scheduler_.Failures("inbox"), 7);
  scheduler_.Started("inbox");
  EXPECT_EQ(scheduler_.Finished("inbox", clock_.Now(), true), clock_.Now() + 10s);
  EXPECT_EQ(scheduler_.Failures("inbox"), 0);
}

TEST_F(SchedulerTest, BackoffNeverExceedsADay) {
  EXPECT_EQ(scheduler_.Wait(std::chrono::hours(6), 3), std::chrono::hours(24));
}

TEST_F(SchedulerTest, ReAddingKeepsTheDueTimeAndChangesTheInterval) {
  scheduler_.Add("inbox", 10s, clock_.Now() + 5s);
  scheduler_.Add("inbox", 60s, clock_.Now());
  EXPECT_EQ(scheduler_.Next()->at, clock_.Now() + 5s);
  scheduler_.Started("inbox");
  EXPECT_EQ(scheduler_.Finished("inbox", clock_.Now(), true), clock_.Now() + 60s);
}

TEST_F(SchedulerTest, RemovedSourceIsNotOfferedAndItsRunEndsQuietly) {
  scheduler_.Add("a", 10s, clock_.Now());
  scheduler_.Started("a");
  scheduler_.Remove("a");
  EXPECT_FALSE(scheduler_.Next());
  EXPECT_FALSE(scheduler_.Has("a"));
  scheduler_.Finished("a", clock_.Now(), true);
  EXPECT_FALSE(scheduler_.Has("a"));
}

}  // namespace
}  // namespace corpusd

namespace corpusd {
namespace {

using std::chrono::hours;
using std::chrono::milliseconds;
using std::chrono::minutes;
using std::chrono::seconds;

TEST(ClockJumps, ASetBackWallClockIsNoticedAndMeasured) {
  ClockJumps jumps;
  const auto wall = std::chrono::system_clock::now();
  const auto steady = std::chrono::steady_clock::now();
  EXPECT_FALSE(jumps.Observe(wall, steady));  // the first reading sets the reference
  EXPECT_FALSE(jumps.Observe(wall + seconds(1), steady + seconds(1)));
  // Drift, NTP slewing, a second or two: not a jump.
  EXPECT_FALSE(jumps.Observe(wall + seconds(3), steady + seconds(2)));
  EXPECT_FALSE(jumps.Observe(wall + seconds(3), steady + seconds(5)));
  // Set back an hour while one second passed.
  const std::optional<milliseconds> back =
      jumps.Observe(wall + seconds(4) - hours(1), steady + seconds(6));
  ASSERT_TRUE(back);
  EXPECT_EQ(*back, -hours(1));
  // Forward jumps (a suspend, a clock set right) need nothing: not reported.
  EXPECT_FALSE(jumps.Observe(wall + hours(5), steady + seconds(7)));
}

TEST(Scheduler, DueTimesMoveBackWithTheClock) {
  Scheduler scheduler([] { return 0.0; });
  const auto now = std::chrono::system_clock::now();
  scheduler.Add("a", minutes(5), now + minutes(5));
  scheduler.Add("b", minutes(10), now + minutes(7));
  scheduler.ShiftDueTimes(-hours(1));
  const std::optional<Scheduler::Due> next = scheduler.Next();
  ASSERT_TRUE(next);
  EXPECT_EQ(next->name, "a");
  EXPECT_EQ(next->at, now + minutes(5) - hours(1));
}

// What a finished poll means, as the daemon asks it (Daemon::JobDone).
class PollDecisionTest : public SchedulerTest {
 protected:
  // As the daemon does: a network source's address goes with each poll and
  // follows the moves the scheduler reports.
  Scheduler::Decision Poll(const std::string& name, PollResult result) {
    scheduler_.Started(name);
    Scheduler::Decision d = scheduler_.Finished(name, clock_.Now(), result, addresses_[name]);
    if (!d.moved_to.empty()) addresses_[name] = d.moved_to;
    return d;
  }
  std::map<std::string, std::string> addresses_;  // network sources
};

TEST_F(PollDecisionTest, MoreWorkWaitingMakesTheSourceDueAtOnce) {
  scheduler_.Add("inbox", 60s, clock_.Now());
  PollResult more;
  more.more = true;
  EXPECT_EQ(Poll("inbox", more).due, clock_.Now());
  EXPECT_EQ(Poll("inbox", PollResult{}).due, clock_.Now() + 60s);
}

TEST_F(PollDecisionTest, RetryAfterPushesTheNextPollBackButNeverForward) {
  scheduler_.Add("feed", 60s, clock_.Now());
  addresses_["feed"] = "https://a.example/feed";
  PollResult busy;
  busy.error = "HTTP 503";
  busy.retry_after = std::chrono::seconds(600);
  EXPECT_EQ(Poll("feed", busy).due, clock_.Now() + 600s);
  busy.retry_after = std::chrono::seconds(1);  // shorter than the backoff: the backoff stands
  EXPECT_EQ(Poll("feed", busy).due, clock_.Now() + 240s);
}

TEST_F(PollDecisionTest, ANetworkSourceIsParkedAfterTenFailuresInARowADropFolderNever) {
  scheduler_.Add("feed", 10s, clock_.Now());
  addresses_["feed"] = "https://a.example/feed";
  scheduler_.Add("inbox", 10s, clock_.Now());
  PollResult failed;
  failed.error = "connection refused";
  for (int i = 1; i < Scheduler::kParkAfterFailures; ++i) {
    EXPECT_EQ(Poll("feed", failed).park, "") << i;
    EXPECT_EQ(Poll("inbox", failed).park, "") << i;
  }
  const Scheduler::Decision parked = Poll("feed", failed);
  EXPECT_EQ(parked.park, "10 failures in a row, the last: connection refused");
  EXPECT_EQ(parked.failures, 10);
  EXPECT_FALSE(scheduler_.Has("feed"));
  EXPECT_EQ(Poll("inbox", failed).park, "");
  EXPECT_TRUE(scheduler_.Has("inbox"));
}

TEST_F(PollDecisionTest, AGoneSourceIsParkedAtOnce) {
  scheduler_.Add("feed", 10s, clock_.Now());
  addresses_["feed"] = "https://a.example/feed";
  PollResult gone;
  gone.park = "https://a.example/feed: HTTP 410 Gone";
  EXPECT_EQ(Poll("feed", gone).park, gone.park);
  EXPECT_FALSE(scheduler_.Has("feed"));
}

TEST_F(PollDecisionTest, APermanentRedirectMovesTheAddressOnce) {
  scheduler_.Add("feed", 10s, clock_.Now());
  addresses_["feed"] = "http://a.example/feed";
  PollResult moved;
  moved.moved_to = "https://a.example/feed";
  EXPECT_EQ(Poll("feed", moved).moved_to, "https://a.example/feed");
  EXPECT_EQ(Poll("feed", moved).moved_to, "") << "already there";
}

TEST_F(PollDecisionTest, PollingEachOnceTakesASourceOffWhenItHasNoMoreWaiting) {
  scheduler_.PollEachOnce();
  scheduler_.Add("inbox", 60s, clock_.Now());
  PollResult more;
  more.more = true;
  EXPECT_FALSE(Poll("inbox", more).done);
  EXPECT_TRUE(scheduler_.Has("inbox"));
  EXPECT_TRUE(Poll("inbox", PollResult{}).done);
  EXPECT_FALSE(scheduler_.Has("inbox"));
}

}  // namespace
}  // namespace corpusd
