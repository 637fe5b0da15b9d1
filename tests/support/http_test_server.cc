#include "tests/support/http_test_server.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
// Header-only; found on the system include path.
#include <nlohmann/json.hpp>

namespace corpusd::testing {
namespace {

#ifdef CORPUSD_PYTHON
constexpr const char* kPython = CORPUSD_PYTHON;
#else
constexpr const char* kPython = "python3";
#endif

// The server's first line: its port. Waits at most 10 s.
int ReadPort(int fd) {
  std::string line;
  while (line.find('\n') == std::string::npos) {
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, 10'000) <= 0) return 0;
    char buf[64];
    const ssize_t n = read(fd, buf, sizeof buf);
    if (n <= 0) return 0;
    line.append(buf, static_cast<std::size_t>(n));
  }
  return std::atoi(line.c_str());
}

}  // namespace

HttpTestServer::HttpTestServer(const std::string& script, const std::string& root,
                               std::string log_path)
    : log_path_(std::move(log_path)) {
  int out[2];
  if (pipe2(out, O_CLOEXEC) != 0) return;
  pid_ = fork();
  if (pid_ == 0) {
    dup2(out[1], 1);
    const int null = open("/dev/null", O_RDONLY);
    if (null >= 0) dup2(null, 0);
    std::vector<std::string> argv = {kPython, script, root, log_path_};
    std::vector<char*> args;
    for (std::string& a : argv) args.push_back(a.data());
    args.push_back(nullptr);
    execvp(args[0], args.data());
    _exit(127);
  }
  close(out[1]);
  if (pid_ > 0) port_ = ReadPort(out[0]);
  close(out[0]);
}

HttpTestServer::~HttpTestServer() {
  if (pid_ > 0) {
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
  }
}

std::string HttpTestServer::Url(std::string_view path, std::string_view host) const {
  return "http://" + std::string(host) + ":" + std::to_string(port_) + std::string(path);
}

std::vector<LoggedRequest> HttpTestServer::Requests() const {
  std::vector<LoggedRequest> out;
  std::ifstream in(log_path_);
  std::string line;
  while (std::getline(in, line)) {
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object()) continue;  // a line still being written
    LoggedRequest r;
    r.method = j.value("method", "");
    r.path = j.value("path", "");
    r.time = j.value("time", 0.0);
    if (j.contains("headers") && j["headers"].is_object()) {
      for (const auto& [name, value] : j["headers"].items()) {
        if (value.is_string()) r.headers[name] = value.get<std::string>();
      }
    }
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace corpusd::testing
