#include "daemon/metrics/metrics_server.h"

#include <boost/asio/ip/address.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <memory>
#include <utility>

namespace corpusd {
namespace {

namespace beast = boost::beast;
namespace http = boost::beast::http;
using boost::asio::ip::tcp;

// One connection: read a request, answer it, close.
class Exchange : public std::enable_shared_from_this<Exchange> {
 public:
  Exchange(tcp::socket socket, Metrics& metrics, const std::function<void()>& refresh)
      : stream_(std::move(socket)), metrics_(metrics), refresh_(refresh) {}

  void Start() {
    stream_.expires_after(std::chrono::seconds(10));  // a client that never sends is dropped
    http::async_read(stream_, buffer_, request_,
                     [self = shared_from_this()](beast::error_code ec, std::size_t) {
                       if (!ec) self->Answer();
                     });
  }

 private:
  void Answer() {
    response_.version(request_.version());
    response_.keep_alive(false);
    response_.set(http::field::server, "corpusd");
    const std::string target(request_.target());
    const std::string path = target.substr(0, target.find('?'));
    if (path != "/metrics") {
      response_.result(http::status::not_found);
      response_.set(http::field::content_type, "text/plain");
      response_.body() = "not found; metrics are at /metrics\n";
    } else if (request_.method() != http::verb::get && request_.method() != http::verb::head) {
      response_.result(http::status::method_not_allowed);
      response_.set(http::field::allow, "GET, HEAD");
    } else {
      if (refresh_) refresh_();
      response_.result(http::status::ok);
      response_.set(http::field::content_type, "text/plain; version=0.0.4; charset=utf-8");
      if (request_.method() == http::verb::get) response_.body() = metrics_.Render();
    }
    response_.prepare_payload();
    http::async_write(stream_, response_,
                      [self = shared_from_this()](beast::error_code, std::size_t) {
                        beast::error_code ignored;
                        self->stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
                      });
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  http::request<http::string_body> request_;
  http::response<http::string_body> response_;
  Metrics& metrics_;
  std::function<void()> refresh_;
};

}  // namespace

MetricsServer::MetricsServer(boost::asio::io_context& loop, Metrics& metrics,
                             std::function<void()> refresh)
    : loop_(loop), metrics_(metrics), refresh_(std::move(refresh)), acceptor_(loop) {}

Status MetricsServer::Listen(const std::string& host, unsigned short port) {
  boost::system::error_code ec;
  const std::string numeric = host == "localhost" ? "127.0.0.1" : host;
  const boost::asio::ip::address address = boost::asio::ip::make_address(numeric, ec);
  if (ec) return Status::InvalidInput("metrics: not an IP address: " + host);
  const tcp::endpoint endpoint(address, port);
  acceptor_.open(endpoint.protocol(), ec);
  if (!ec) acceptor_.set_option(tcp::acceptor::reuse_address(true), ec);
  if (!ec) acceptor_.bind(endpoint, ec);
  if (!ec) acceptor_.listen(boost::asio::socket_base::max_listen_connections, ec);
  if (ec) {
    return Status::IoError("metrics: listening on " + host + ":" + std::to_string(port) + ": " +
                           ec.message());
  }
  Accept();
  return Status::Ok();
}

void MetricsServer::Close() {
  boost::system::error_code ignored;
  acceptor_.close(ignored);
}

unsigned short MetricsServer::port() const {
  boost::system::error_code ec;
  const tcp::endpoint endpoint = acceptor_.local_endpoint(ec);
  return ec ? 0 : endpoint.port();
}

void MetricsServer::Accept() {
  acceptor_.async_accept([this](boost::system::error_code ec, tcp::socket socket) {
    if (ec == boost::asio::error::operation_aborted || !acceptor_.is_open()) return;
    if (!ec) std::make_shared<Exchange>(std::move(socket), metrics_, refresh_)->Start();
    Accept();
  });
}

}  // namespace corpusd
