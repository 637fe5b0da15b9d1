#include <gtest/gtest.h>

#include "config/daemon_config.h"

namespace corpusd {
namespace {

using std::chrono::milliseconds;

TEST(ParseDuration, ReadsEachUnitAndCombinations) {
  const std::pair<const char*, std::int64_t> cases[] = {
      {"250ms", 250},
      {"30s", 30'000},
      {"15m", 900'000},
      {"1h", 3'600'000},
      {"2d", 172'800'000},
      {"1h30m", 5'400'000},
      {"1d2h3m4s5ms", 93'784'005},
      {"0s", 0},
      {"90s", 90'000},
  };
  for (const auto& [text, millis] : cases) {
    Result<milliseconds> d = ParseDuration(text);
    ASSERT_TRUE(d.ok()) << text << ": " << d.status().ToString();
    EXPECT_EQ(d->count(), millis) << text;
  }
}

TEST(ParseDuration, RefusesWhatIsNotADurationSayingWhy) {
  const std::pair<const char*, const char*> cases[] = {
      {"", "empty duration (expected a number with a unit, such as \"30s\")"},
      {"abc",
       "bad duration \"abc\": expected a number with a unit (ms, s, m, h or d), such as \"30s\" "
       "or \"1h30m\""},
      {"-5s", "bad duration \"-5s\": a duration cannot be negative"},
      {"5", "bad duration \"5\": a number needs a unit (ms, s, m, h or d), as in \"5s\""},
      {"5x", "bad duration \"5x\": unknown unit \"x\" (use ms, s, m, h or d)"},
      {"5S", "bad duration \"5S\": unknown unit \"S\" (use ms, s, m, h or d)"},
      {"30m1h",
       "bad duration \"30m1h\": units must go from the largest to the smallest, as in \"1h30m\""},
      {"1h1h",
       "bad duration \"1h1h\": units must go from the largest to the smallest, as in \"1h30m\""},
      {"5 s", "bad duration \"5 s\": unexpected \" \""},
      {"1.5h", "bad duration \"1.5h\": unexpected \".\""},
      {"99999999999999999999s", "bad duration \"99999999999999999999s\": too long"},
      {"9999999999999999d", "bad duration \"9999999999999999d\": too long"},
  };
  for (const auto& [text, message] : cases) {
    Result<milliseconds> d = ParseDuration(text);
    ASSERT_FALSE(d.ok()) << text;
    EXPECT_EQ(d.status().code(), Status::Code::kInvalidInput);
    EXPECT_EQ(d.status().message(), message);
  }
}

TEST(FormatDuration, WritesWhatParseDurationReads) {
  EXPECT_EQ(FormatDuration(milliseconds(0)), "0s");
  EXPECT_EQ(FormatDuration(milliseconds(250)), "250ms");
  EXPECT_EQ(FormatDuration(std::chrono::seconds(30)), "30s");
  EXPECT_EQ(FormatDuration(std::chrono::seconds(90)), "1m30s");
  EXPECT_EQ(FormatDuration(std::chrono::minutes(90)), "1h30m");
  EXPECT_EQ(FormatDuration(std::chrono::hours(48)), "2d");
  for (const char* text : {"1d2h3m4s5ms", "5m", "1h30m", "250ms"}) {
    EXPECT_EQ(FormatDuration(*ParseDuration(text)), text);
  }
}

}  // namespace
}  // namespace corpusd
