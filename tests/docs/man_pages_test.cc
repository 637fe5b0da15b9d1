// The man pages: both render without warnings (`man -l`), and every
// subcommand, flag and config key appears in them (tests/docs/check_man_pages.sh).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "tests/support/run_process.h"

namespace corpusd {
namespace {

using testing::RunProcess;

const std::string kSource = CORPUSD_SOURCE_DIR;

TEST(ManPages, EveryCommandFlagAndConfigKeyIsInThem) {
  auto r = RunProcess({"/bin/sh", kSource + "/tests/docs/check_man_pages.sh", kSource});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  auto count = [&](const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = r.out.find("ok   " + what); at != std::string::npos;
         at = r.out.find("ok   " + what, at + 1)) {
      ++n;
    }
    return n;
  };
  // The lists are read from the sources: a pattern that stopped matching
  // would check nothing.
  EXPECT_GE(count("command "), 9u) << r.out;
  EXPECT_GE(count("flag "), 25u) << r.out;
  EXPECT_GE(count("key "), 27u) << r.out;
}

TEST(ManPages, BothRenderWithoutWarnings) {
  for (const char* page : {"/man/corpusd.1", "/man/corpusd.toml.5"}) {
    auto r = RunProcess({"/usr/bin/env", "MANWIDTH=80", "MAN_KEEP_FORMATTING=0", "/usr/bin/man",
                         "--warnings", "-l", kSource + page});
    EXPECT_EQ(r.exit_code, 0) << page << r.err;
    EXPECT_EQ(r.err, "") << page;
    EXPECT_NE(r.out.find("corpusd"), std::string::npos) << page;
    EXPECT_GT(std::count(r.out.begin(), r.out.end(), '\n'), 100) << page;
  }
}

}  // namespace
}  // namespace corpusd
