// The installed systemd files: corpusd.service as CMake configured it into the
// build tree, checked with `systemd-analyze verify` (every directive known to
// this systemd) and `systemd-analyze security --offline` (exposure <= 2.0), and
// the sysusers.d and tmpfiles.d snippets applied to a scratch root.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "tests/support/run_process.h"
#include "tests/support/temp_dir.h"

namespace corpusd {
namespace {

using testing::ProcessResult;
using testing::ReadFileBytes;
using testing::RunProcess;
using testing::TempDir;

const std::string kUnitFile = CORPUSD_UNIT_FILE;

// `name` found on $PATH (or in /usr/bin, /bin), or "" when it is not installed.
std::string FindProgram(const std::string& name) {
  std::string path = "/usr/local/bin:/usr/bin:/bin";
  if (const char* env = std::getenv("PATH"); env != nullptr && *env != '\0') {
    path = std::string(env) + ":" + path;
  }
  std::istringstream dirs(path);
  for (std::string dir; std::getline(dirs, dir, ':');) {
    if (dir.empty()) continue;
    const std::string candidate = dir + "/" + name;
    if (::access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return "";
}

// The unit's lines that set `key` ("ExecStart"), values only.
std::vector<std::string> Values(const std::string& unit, const std::string& key) {
  std::vector<std::string> values;
  std::istringstream lines(unit);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind(key + "=", 0) == 0) values.push_back(line.substr(key.size() + 1));
  }
  return values;
}

// The configured unit as <dir>/corpusd.service, with ExecStart='s binary
// swapped for this test's own executable: `verify` fails when that binary does
// not exist (the unit names the installed path) but does not run it. Everything
// else is byte for byte the same. (Not the built corpusd: this test needs no
// daemon build.)
std::string StageUnit(const TempDir& dir, const std::string& extra_service_line = "") {
  std::string unit = ReadFileBytes(kUnitFile);
  const std::string from = "ExecStart=" + std::string(CORPUSD_UNIT_BINARY) + " ";
  const std::size_t at = unit.find(from);
  if (at == std::string::npos) return "";
  const std::string self = std::filesystem::read_symlink("/proc/self/exe").string();
  unit.replace(at, from.size(), "ExecStart=" + self + " ");
  if (!extra_service_line.empty()) {
    const std::string section = "\n[Service]\n";
    unit.insert(unit.find(section) + section.size(), extra_service_line + "\n");
  }
  return dir.Write("corpusd.service", unit);
}

// Output lines that are about our unit (the host's own units may have
// complaints of their own, which are not ours to fix).
std::string LinesAboutUnit(const ProcessResult& r) {
  std::string about;
  std::istringstream lines(r.out + r.err);
  for (std::string line; std::getline(lines, line);) {
    if (line.find("corpusd") != std::string::npos) about += line + "\n";
  }
  return about;
}

TEST(SystemdUnitTest, RunsTheInstalledBinaryWithTheConfig) {
  const std::string unit = ReadFileBytes(kUnitFile);
  ASSERT_FALSE(unit.empty()) << "not configured: " << kUnitFile;
  EXPECT_FALSE(std::regex_search(unit, std::regex("@[A-Z_]+@")))
      << "unsubstituted @VARIABLE@ in " << kUnitFile;
  EXPECT_EQ(Values(unit, "ExecStart"),
            std::vector<std::string>{std::string(CORPUSD_UNIT_BINARY) + " run --config " +
                                     CORPUSD_UNIT_CONFIG});
  EXPECT_EQ(Values(unit, "ExecReload"), std::vector<std::string>{"/bin/kill -HUP $MAINPID"});
  EXPECT_EQ(Values(unit, "Type"), std::vector<std::string>{"notify"});
  EXPECT_EQ(Values(unit, "NotifyAccess"), std::vector<std::string>{"main"});
  EXPECT_EQ(Values(unit, "WatchdogSec"), std::vector<std::string>{"30s"});
  // Above the daemon's default stop_timeout of 20 s.
  EXPECT_EQ(Values(unit, "TimeoutStopSec"), std::vector<std::string>{"30s"});
  EXPECT_EQ(Values(unit, "User"), std::vector<std::string>{"corpusd"});
  EXPECT_EQ(Values(unit, "StateDirectory"), std::vector<std::string>{"corpusd"});
  // Feeds are fetched over the network: it must stay reachable.
  EXPECT_EQ(Values(unit, "RestrictAddressFamilies"),
            std::vector<std::string>{"AF_UNIX AF_INET AF_INET6"});
  EXPECT_TRUE(Values(unit, "PrivateNetwork").empty());
  EXPECT_TRUE(Values(unit, "IPAddressDeny").empty());
}

TEST(SystemdUnitTest, VerifyFindsNothingToReport) {
  const std::string analyze = FindProgram("systemd-analyze");
  if (analyze.empty()) GTEST_SKIP() << "systemd-analyze is not installed";
  TempDir dir;
  const std::string unit = StageUnit(dir);
  ASSERT_FALSE(unit.empty()) << "no ExecStart=" << CORPUSD_UNIT_BINARY << " in " << kUnitFile;

  const ProcessResult r = RunProcess({analyze, "verify", unit});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(LinesAboutUnit(r), "");
}

// The check above means something: this systemd-analyze reports a directive it
// does not know (it still exits 0 for that, hence the look at the output).
TEST(SystemdUnitTest, VerifyReportsUnknownDirectives) {
  const std::string analyze = FindProgram("systemd-analyze");
  if (analyze.empty()) GTEST_SKIP() << "systemd-analyze is not installed";
  TempDir dir;
  const std::string unit = StageUnit(dir, "ProtectEverything=true");
  ASSERT_FALSE(unit.empty());

  const ProcessResult r = RunProcess({analyze, "verify", unit});
  EXPECT_NE(LinesAboutUnit(r).find("ProtectEverything"), std::string::npos) << r.out << r.err;
}

TEST(SystemdUnitTest, SecurityExposureIsAtMostTwo) {
  const std::string analyze = FindProgram("systemd-analyze");
  if (analyze.empty()) GTEST_SKIP() << "systemd-analyze is not installed";

  // --threshold is in tenths: exits non-zero above 2.0.
  const ProcessResult r = RunProcess(
      {analyze, "security", "--offline=true", "--threshold=20", "--no-pager", kUnitFile});
  std::smatch m;
  const std::regex overall(R"(Overall exposure level for corpusd\.service: ([0-9]+\.[0-9]+))");
  ASSERT_TRUE(std::regex_search(r.out, m, overall)) << r.out << r.err;
  const double exposure = std::stod(m[1].str());
  EXPECT_LE(exposure, 2.0) << r.out;
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  std::cout << "systemd-analyze security: exposure " << m[1].str() << "\n";
}

// sysusers.d creates the user; tmpfiles.d then creates /var/lib/corpusd for it,
// mode 0750 so that only the corpusd group can read the corpus.
TEST(SystemdUnitTest, SysusersAndTmpfilesCreateTheStateDirectory) {
  const std::string sysusers = FindProgram("systemd-sysusers");
  const std::string tmpfiles = FindProgram("systemd-tmpfiles");
  if (sysusers.empty() || tmpfiles.empty()) GTEST_SKIP() << "systemd-sysusers/-tmpfiles missing";
  if (geteuid() != 0) GTEST_SKIP() << "needs root (tmpfiles.d changes the owner)";
  TempDir root;
  std::filesystem::create_directory(root.path() / "etc");

  ProcessResult r = RunProcess({sysusers, "--root=" + root.path().string(), CORPUSD_SYSUSERS_FILE});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  // corpusd:x:UID:GID:comment:/var/lib/corpusd:/usr/sbin/nologin
  std::string entry;
  std::istringstream passwd(ReadFileBytes(root.path() / "etc/passwd"));
  for (std::string line; std::getline(passwd, line);) {
    if (line.rfind("corpusd:", 0) == 0) entry = line;
  }
  std::smatch m;
  ASSERT_TRUE(std::regex_match(
      entry, m, std::regex(R"(corpusd:x:([0-9]+):([0-9]+):[^:]*:/var/lib/corpusd:.*nologin)")))
      << entry;
  const unsigned uid = std::stoul(m[1].str());
  const unsigned gid = std::stoul(m[2].str());
  EXPECT_NE(ReadFileBytes(root.path() / "etc/group").find("corpusd:x:" + m[2].str() + ":"),
            std::string::npos);

  r = RunProcess({tmpfiles, "--root=" + root.path().string(), "--create", CORPUSD_TMPFILES_FILE});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  struct stat st {};
  ASSERT_EQ(::stat((root.path() / "var/lib/corpusd").c_str(), &st), 0);
  EXPECT_TRUE(S_ISDIR(st.st_mode));
  EXPECT_EQ(st.st_mode & 07777, 0750u);
  EXPECT_EQ(st.st_uid, uid);
  EXPECT_EQ(st.st_gid, gid);
}

}  // namespace
}  // namespace corpusd
