#include "tests/support/postgres_cluster.h"

#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <vector>

#include "tests/support/run_process.h"

namespace corpusd::testing {
namespace {

namespace fs = std::filesystem;

// The newest /usr/lib/postgresql/N/bin with initdb, or "".
std::string FindBin() {
  std::vector<fs::path> found;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator("/usr/lib/postgresql", ec)) {
    if (fs::exists(entry.path() / "bin/initdb")) found.push_back(entry.path() / "bin");
  }
  if (found.empty()) return "";
  std::sort(found.begin(), found.end(), [](const fs::path& a, const fs::path& b) {
    return std::stoi(a.parent_path().filename().string()) <
           std::stoi(b.parent_path().filename().string());
  });
  return found.back().string();
}

// util-linux's runuser (RunProcess does not search PATH).
std::string RunUser() {
  for (const char* path : {"/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"}) {
    if (access(path, X_OK) == 0) return path;
  }
  return "runuser";
}

}  // namespace

PostgresCluster::PostgresCluster() {
  bin_ = FindBin();
  if (bin_.empty()) {
    why_ = "initdb not found under /usr/lib/postgresql (apt-get install postgresql)";
    return;
  }
  data_ = dir_ / "data";
  std::vector<std::string> run_as;
  if (geteuid() == 0) {
    const passwd* pg = getpwnam("postgres");
    if (pg == nullptr) {
      why_ = "running as root and there is no postgres user to run the server as";
      return;
    }
    if (chown(dir_.path().c_str(), pg->pw_uid, pg->pw_gid) != 0) {
      why_ = "cannot hand the cluster's folder to the postgres user";
      return;
    }
    as_postgres_ = true;
    run_as = {RunUser(), "-u", "postgres", "--"};
  }
  auto run = [&](std::vector<std::string> argv) {
    argv.insert(argv.begin(), run_as.begin(), run_as.end());
    return RunProcess(argv);
  };
  ProcessResult init = run({Bin("initdb"), "-D", data_, "-U", "corpusd", "--auth=trust", "-E",
                            "UTF8", "--locale=C.UTF-8", "--no-sync"});
  if (init.exit_code != 0) {
    why_ = "initdb failed: " + init.err + init.out;
    return;
  }
  // No TCP; the socket in the test's folder; no fsync (a test's data need
  // not survive a power cut).
  ProcessResult start =
      run({Bin("pg_ctl"), "-D", data_, "-l", dir_ / "server.log", "-w", "-t", "60", "-o",
           "-k " + dir_.path().string() + " -c listen_addresses='' -F", "start"});
  if (start.exit_code != 0) {
    why_ = "pg_ctl start failed: " + start.err + start.out;
    return;
  }
  started_ = true;
}

PostgresCluster::~PostgresCluster() {
  if (!started_) return;
  std::vector<std::string> argv = {Bin("pg_ctl"), "-D", data_, "-m", "immediate", "stop"};
  if (as_postgres_) argv.insert(argv.begin(), {RunUser(), "-u", "postgres", "--"});
  RunProcess(argv);
}

std::string PostgresCluster::NewDatabase(const std::string& name) {
  Psql("postgresql:///postgres?host=" + dir_.path().string() + "&user=corpusd",
       "CREATE DATABASE \"" + name + "\"");
  return "postgresql:///" + name + "?host=" + dir_.path().string() + "&user=corpusd";
}

std::string PostgresCluster::Psql(const std::string& url, const std::string& sql) {
  return RunProcess(
             {Bin("psql"), "-X", "-A", "-t", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql})
      .out;
}

}  // namespace corpusd::testing
