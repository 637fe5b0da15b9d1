// Serves the daemon's Metrics at GET /metrics (Prometheus text format) on the
// event loop, through Boost.Beast: one short request per connection, anything
// else answered 404 (or 405 for another method). Off unless the config names
// an address (`metrics = "127.0.0.1:9464"`).
#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <functional>
#include <string>

#include "core/status.h"
#include "daemon/metrics/metrics.h"

namespace corpusd {

class MetricsServer {
 public:
  // `refresh` runs before each scrape, on the loop (gauges read then).
  MetricsServer(boost::asio::io_context& loop, Metrics& metrics, std::function<void()> refresh);

  // Binds and starts accepting; an error (address in use, bad host) otherwise.
  Status Listen(const std::string& host, unsigned short port);
  // Stops accepting; connections in progress finish.
  void Close();
  unsigned short port() const;

 private:
  void Accept();

  boost::asio::io_context& loop_;
  Metrics& metrics_;
  std::function<void()> refresh_;
  boost::asio::ip::tcp::acceptor acceptor_;
};

}  // namespace corpusd
