// A throwaway PostgreSQL cluster for a test: initdb and pg_ctl from Debian's
// postgresql package, in a temporary folder, listening only on a Unix
// socket there, with no password (trust). When the tests run as root the
// server runs as the `postgres` user (initdb refuses root). Stopped
// (immediately) and removed in the destructor.
#pragma once

#include <string>

#include "tests/support/temp_dir.h"

namespace corpusd::testing {

class PostgresCluster {
 public:
  PostgresCluster();
  ~PostgresCluster();
  PostgresCluster(const PostgresCluster&) = delete;
  PostgresCluster& operator=(const PostgresCluster&) = delete;

  // False, with the reason, when the package is missing or the server did
  // not start: tests skip with that message.
  bool started() const { return started_; }
  const std::string& why() const { return why_; }

  // Creates an empty database: its URL, "postgresql:///NAME?host=DIR&user=corpusd".
  std::string NewDatabase(const std::string& name);
  // Runs SQL with psql on a database of the cluster; its standard output.
  std::string Psql(const std::string& url, const std::string& sql);

 private:
  std::string Bin(const std::string& tool) const { return bin_ + "/" + tool; }

  TempDir dir_;
  std::string bin_;   // the folder of initdb, pg_ctl, psql
  std::string data_;  // the cluster's folder
  bool as_postgres_ = false;
  bool started_ = false;
  std::string why_;
};

// Skips the test, saying why, when no cluster could be started.
#define SKIP_WITHOUT_POSTGRES(cluster)                                         \
  if (!(cluster).started()) {                                                  \
    GTEST_SKIP() << "no PostgreSQL server for this test: " << (cluster).why(); \
  }

}  // namespace corpusd::testing
