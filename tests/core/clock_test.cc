#include "core/clock.h"

#include <gtest/gtest.h>

namespace corpusd {
namespace {

using namespace std::chrono_literals;

TEST(FormatUtcTimestamp, FormatsEpochAndLaterInstants) {
  EXPECT_EQ(FormatUtcTimestamp(std::chrono::system_clock::time_point{}), "1970-01-01T00:00:00Z");
  EXPECT_EQ(FormatUtcTimestamp(std::chrono::system_clock::time_point{1720159531s}),
            "2024-07-05T06:05:31Z");
}

TEST(ParseUtcTimestamp, ReadsWhatFormatWroteAndNothingElse) {
  const std::chrono::system_clock::time_point t{1720159531s};
  EXPECT_EQ(ParseUtcTimestamp(FormatUtcTimestamp(t)), t);
  EXPECT_FALSE(ParseUtcTimestamp(""));
  EXPECT_FALSE(ParseUtcTimestamp("2024-07-05"));
  EXPECT_FALSE(ParseUtcTimestamp("2024-07-05T06:05:31Z trailing"));
}

TEST(FakeClock, MovesOnlyWhenAdvanced) {
  FakeClock clock(std::chrono::system_clock::time_point{100s});
  EXPECT_EQ(clock.Now(), std::chrono::system_clock::time_point{100s});
  clock.Advance(5s);
  EXPECT_EQ(clock.Now(), std::chrono::system_clock::time_point{105s});
}

}  // namespace
}  // namespace corpusd
