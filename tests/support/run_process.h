// Runs a program to completion, feeding its standard input and capturing its
// standard output and error; for integration tests of the real binary.
#pragma once

#include <string>
#include <vector>

namespace corpusd::testing {

struct ProcessResult {
  int exit_code = -1;  // -1 when it did not exit normally (killed by a signal)
  std::string out;
  std::string err;
};

struct ProcessOptions {
  std::string stdin_bytes;
  bool as_nobody = false;  // drop root to uid/gid 65534 first (for permission tests)
};

ProcessResult RunProcess(const std::vector<std::string>& argv, const ProcessOptions& options = {});

// The corpusd binary under test, with arguments.
ProcessResult RunCorpusd(const std::vector<std::string>& args, const ProcessOptions& options = {});

}  // namespace corpusd::testing
