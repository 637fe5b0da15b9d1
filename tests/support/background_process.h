// A program started in the background for integration tests of the daemon:
// signalled, waited for with a deadline, killed if still running at the end.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace corpusd::testing {

class BackgroundProcess {
 public:
  // Starts `argv` with `env` added to the environment; its standard output
  // and error go to `log_path`.
  BackgroundProcess(const std::vector<std::string>& argv,
                    const std::vector<std::pair<std::string, std::string>>& env,
                    const std::string& log_path);
  ~BackgroundProcess();  // SIGKILL and reap, if it still runs
  BackgroundProcess(const BackgroundProcess&) = delete;
  BackgroundProcess& operator=(const BackgroundProcess&) = delete;

  bool started() const { return pid_ > 0; }
  void Signal(int signal) const;
  // Its exit status (-1 when a signal ended it), or nullopt when it is still
  // running after `timeout`.
  std::optional<int> Wait(std::chrono::milliseconds timeout);
  bool Running();

 private:
  pid_t pid_ = -1;
  std::optional<int> status_;
};

// Polls `condition` every few milliseconds until it holds or `timeout` passes.
template <typename Condition>
bool WaitUntil(Condition condition, std::chrono::milliseconds timeout);

}  // namespace corpusd::testing

#include <thread>

template <typename Condition>
bool corpusd::testing::WaitUntil(Condition condition, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!condition()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return true;
}
