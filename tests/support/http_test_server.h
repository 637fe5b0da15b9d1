// tests/support/http_server.py run for a test: a local HTTP server with
// misbehaving endpoints (see the script) that logs every request it gets.
// Started on 127.0.0.1 with a free port; killed in the destructor.
#pragma once

#include <sys/types.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace corpusd::testing {

// One request, as the server saw it.
struct LoggedRequest {
  std::string method;
  std::string path;                            // with the query
  std::map<std::string, std::string> headers;  // names lowercase
  double time = 0;                             // seconds since the epoch, on arrival
};

class HttpTestServer {
 public:
  // Runs `script` with python3 (CORPUSD_PYTHON when defined, else from
  // PATH), serving the files below `root` and logging to `log_path`.
  HttpTestServer(const std::string& script, const std::string& root, std::string log_path);
  ~HttpTestServer();  // SIGKILL and reap
  HttpTestServer(const HttpTestServer&) = delete;
  HttpTestServer& operator=(const HttpTestServer&) = delete;

  bool started() const { return port_ > 0; }
  int port() const { return port_; }
  // "http://127.0.0.1:PORT/path"; `host` "localhost" for a second site.
  std::string Url(std::string_view path, std::string_view host = "127.0.0.1") const;
  // Every request logged so far, in arrival order.
  std::vector<LoggedRequest> Requests() const;

 private:
  std::string log_path_;
  pid_t pid_ = -1;
  int port_ = 0;
};

}  // namespace corpusd::testing
