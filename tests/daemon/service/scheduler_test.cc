// Scheduling and backoff, by moving a fake clock: nothing sleeps.
#include "daemon/service/scheduler.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace corpusd
