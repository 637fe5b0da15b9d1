// A NOTIFY_SOCKET for tests: the datagram socket systemd listens on, so a
// test can see READY=1, STATUS=..., STOPPING=1 from the real binary. A thread
// reads it all the time, as systemd does: a full socket would block the
// sender.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace corpusd::testing {

class NotifySocket {
 public:
  explicit NotifySocket(std::string path);  // binds it
  ~NotifySocket();
  NotifySocket(const NotifySocket&) = delete;
  NotifySocket& operator=(const NotifySocket&) = delete;

  const std::string& path() const { return path_; }
  // True once a message holding `needle` has come, false after `timeout`.
  bool WaitFor(std::string_view needle, std::chrono::milliseconds timeout);
  // Every message received so far, in order.
  std::vector<std::string> messages();

 private:
  void Read();

  std::string path_;
  int fd_ = -1;
  int stop_[2] = {-1, -1};  // a pipe that wakes the reader to end it
  std::mutex mutex_;
  std::condition_variable arrived_;
  std::vector<std::string> messages_;
  std::thread reader_;
};

}  // namespace corpusd::testing
