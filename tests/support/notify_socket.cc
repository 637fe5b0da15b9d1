#include "tests/support/notify_socket.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>

namespace corpusd::testing {

NotifySocket::NotifySocket(std::string path) : path_(std::move(path)) {
  fd_ = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  std::strncpy(addr.sun_path, path_.c_str(), sizeof addr.sun_path - 1);
  unlink(path_.c_str());
  bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  if (pipe2(stop_, O_CLOEXEC) != 0) stop_[0] = stop_[1] = -1;
  reader_ = std::thread([this] { Read(); });
}

NotifySocket::~NotifySocket() {
  if (stop_[1] >= 0) (void)!write(stop_[1], "x", 1);
  reader_.join();
  for (int fd : {fd_, stop_[0], stop_[1]}) {
    if (fd >= 0) close(fd);
  }
  unlink(path_.c_str());
}

void NotifySocket::Read() {
  for (;;) {
    pollfd p[2] = {{fd_, POLLIN, 0}, {stop_[0], POLLIN, 0}};
    if (poll(p, 2, -1) < 0) continue;
    if (p[1].revents != 0) return;
    char buf[4096];
    const ssize_t n = recv(fd_, buf, sizeof buf, MSG_DONTWAIT);
    if (n <= 0) continue;
    std::lock_guard lock(mutex_);
    messages_.emplace_back(buf, static_cast<std::size_t>(n));
    arrived_.notify_all();
  }
}

bool NotifySocket::WaitFor(std::string_view needle, std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  return arrived_.wait_for(lock, timeout, [&] {
    for (const std::string& m : messages_) {
      if (m.find(needle) != std::string::npos) return true;
    }
    return false;
  });
}

std::vector<std::string> NotifySocket::messages() {
  std::lock_guard lock(mutex_);
  return messages_;
}

}  // namespace corpusd::testing
