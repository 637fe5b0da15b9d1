#include "daemon/fetch/curl_fetcher.h"

#include <arpa/inet.h>
#include <curl/curl.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cstdint>
#include <limits>
#include <list>
#include <mutex>
#include <optional>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "daemon/fetch/address_policy.h"
#include "daemon/fetch/registrable_domain.h"
#include "daemon/fetch/response_headers.h"
#include "daemon/fetch/site_limiter.h"
#include "parsers/ascii.h"
#include "parsers/web/url.h"

namespace corpusd {
namespace {

using Steady = std::chrono::steady_clock;
using std::chrono::duration_cast;
using std::chrono::milliseconds;

// The curl thread wakes at least this often, whatever it waits for.
constexpr milliseconds kMaxPoll{1000};

const Clock& SystemClockInstance() {
  static const SystemClock clock;
  return clock;
}

void InitCurlOnce() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// A URL fit for a one-line message: control characters replaced, long ones cut.
std::string Shown(std::string_view url) {
  constexpr std::size_t kMax = 200;
  std::string out(url.substr(0, kMax));
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '?';
  }
  if (url.size() > kMax) out += "...";
  return out;
}

// A header value without line breaks, so that it cannot add headers.
std::string HeaderValue(std::string_view value) {
  std::string out;
  for (char c : value) {
    if (c != '\r' && c != '\n') out += c;
  }
  return out;
}

struct ParsedUrl {
  std::string scheme;  // lowercase
  std::string host;    // lowercase, IPv6 without brackets
};

// The scheme and host (maybe empty: file:///) of an absolute URL; an error
// for anything else.
Result<ParsedUrl> ParseUrl(const std::string& url) {
  std::optional<UrlParts> parts = SplitUrl(url);
  if (!parts) return Status::InvalidInput("not a valid URL: " + Shown(url));
  ParsedUrl parsed{std::move(parts->scheme), std::move(parts->host)};
  if (parsed.host.size() >= 2 && parsed.host.front() == '[' && parsed.host.back() == ']') {
    parsed.host = parsed.host.substr(1, parsed.host.size() - 2);
  }
  return parsed;
}

// Whether `url` (parsed as `parsed`) is one to fetch: http or https, with a host.
Status Fetchable(const std::string& url, const ParsedUrl& parsed, bool redirect) {
  if (parsed.scheme != "http" && parsed.scheme != "https") {
    return Status::Unsupported(
        (redirect ? "redirect to a non-http URL: " : "not an http or https URL: ") + Shown(url));
  }
  if (parsed.host.empty()) {
    return Status::InvalidInput((redirect ? "redirect to " : "") +
                                std::string("a URL without a host: ") + Shown(url));
  }
  return Status::Ok();
}

bool IsRedirect(long status) {
  return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// Retry-After: delay-seconds, or an HTTP-date (read by curl) relative to `now`.
std::optional<std::chrono::seconds> ParseRetryAfter(std::string_view value,
                                                    std::chrono::system_clock::time_point now) {
  if (value.empty()) return std::nullopt;
  long long seconds = 0;
  const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), seconds);
  if (ec == std::errc() && end == value.data() + value.size()) {
    if (seconds < 0) return std::nullopt;
    return std::chrono::seconds(seconds);
  }
  const time_t at = curl_getdate(std::string(value).c_str(), nullptr);
  if (at == -1) return std::nullopt;
  const auto wait =
      duration_cast<std::chrono::seconds>(std::chrono::system_clock::from_time_t(at) - now);
  return std::max(std::chrono::seconds(0), wait);
}

// "203.0.113.5", "2001:db8::1"; "" for a socket that is neither.
std::string AddressText(const sockaddr* addr) {
  char text[INET6_ADDRSTRLEN] = {};
  if (addr->sa_family == AF_INET) {
    inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in*>(addr)->sin_addr, text, sizeof text);
  } else if (addr->sa_family == AF_INET6) {
    inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6*>(addr)->sin6_addr, text, sizeof text);
  }
  return text;
}

std::string RefusedMessage(const std::string& ip) {
  return "refused address " + ip + " for an untrusted link";
}

// One request, from its start to its result: the easy handle, reused by
// every redirect hop, and what the callbacks gather. Curl thread only.
struct Transfer {
  HttpRequest request;
  HttpFetcher::Callback done;
  ParsedUrl url;  // the request's
  std::string site;
  std::uint64_t max_body = 0;
  Steady::time_point deadline;

  CURL* easy = nullptr;
  curl_slist* headers = nullptr;
  bool added = false;  // to the multi handle

  // The current hop.
  bool check_address = false;
  std::string refused;  // why the address check refused, if it did
  bool too_large = false;
  ResponseHeaders received;  // the current hop's response headers
  char error[CURL_ERROR_SIZE] = {};

  HttpResponse response;
  bool all_permanent = true;

  Transfer() = default;
  Transfer(const Transfer&) = delete;
  Transfer& operator=(const Transfer&) = delete;
  ~Transfer() {
    if (easy != nullptr) curl_easy_cleanup(easy);
    curl_slist_free_all(headers);
  }

  void ResetHop() {
    refused.clear();
    too_large = false;
    received = {};
    error[0] = '\0';
    response.body.clear();
  }
};

size_t OnBody(char* data, size_t size, size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const size_t bytes = size * count;
  if (t->response.body.size() + bytes > t->max_body) {
    t->too_large = true;
    return bytes == 0 ? 1 : 0;  // anything but `bytes` aborts
  }
  t->response.body.append(data, bytes);
  return bytes;
}

size_t OnHeader(char* data, size_t size, size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const size_t bytes = size * count;
  ReadHeaderLine(std::string_view(data, bytes), &t->received);
  return bytes;
}

// Before a new connection: a refused address is never connected to.
curl_socket_t OnOpenSocket(void* user, curlsocktype purpose, curl_sockaddr* address) {
  auto* t = static_cast<Transfer*>(user);
  if (t->check_address && purpose == CURLSOCKTYPE_IPCXN) {
    const std::string ip = AddressText(&address->addr);
    if (IsRestrictedAddress(ip)) {
      if (t->refused.empty()) t->refused = RefusedMessage(ip.empty() ? "(not IP)" : ip);
      return CURL_SOCKET_BAD;
    }
  }
  return socket(address->family, address->socktype | SOCK_CLOEXEC, address->protocol);
}

// Before each request, on a new or a reused connection.
int OnPrerequest(void* user, char* primary_ip, char* /*local_ip*/, int /*primary_port*/,
                 int /*local_port*/) {
  auto* t = static_cast<Transfer*>(user);
  if (t->check_address && IsRestrictedAddress(primary_ip)) {
    t->refused = RefusedMessage(primary_ip);
    return CURL_PREREQFUNC_ABORT;
  }
  return CURL_PREREQFUNC_OK;
}

}  // namespace

class CurlFetcher::Engine {
 public:
  Engine(FetchSettings settings, const Clock& clock, Post post)
      : settings_(std::move(settings)),
        clock_(clock),
        post_(std::move(post)),
        limiter_(settings_.max_in_flight, settings_.per_site_in_flight, settings_.per_site_delay) {
    InitCurlOnce();
    multi_ = curl_multi_init();
    if (multi_ != nullptr) thread_ = std::thread([this] { Run(); });
  }

  ~Engine() {
    *alive_ = false;  // before anything else: no callback from now on
    if (multi_ == nullptr) return;
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    curl_multi_wakeup(multi_);
    thread_.join();
    for (auto& t : running_) {
      if (t->added) curl_multi_remove_handle(multi_, t->easy);
    }
    running_.clear();
    waiting_.clear();
    curl_multi_cleanup(multi_);
  }

  void Add(HttpRequest request, Callback done) {
    if (multi_ == nullptr) {
      Deliver(std::move(done), Status::Internal("libcurl failed to start"));
      return;
    }
    {
      std::lock_guard lock(mutex_);
      incoming_.emplace_back(std::move(request), std::move(done));
    }
    curl_multi_wakeup(multi_);
  }

 private:
  using TransferList = std::list<std::unique_ptr<Transfer>>;

  void Run() {
    while (true) {
      std::vector<std::pair<HttpRequest, Callback>> incoming;
      {
        std::lock_guard lock(mutex_);
        if (stopping_) return;
        incoming.swap(incoming_);
      }
      for (auto& [request, done] : incoming) Admit(std::move(request), std::move(done));
      const Steady::time_point now = Steady::now();
      StartReady(now);
      int still_running = 0;
      curl_multi_perform(multi_, &still_running);
      bool progressed = false;
      int left = 0;
      while (CURLMsg* message = curl_multi_info_read(multi_, &left)) {
        if (message->msg != CURLMSG_DONE) continue;
        CURL* easy = message->easy_handle;  // `message` dies with the handle's removal
        const CURLcode code = message->data.result;
        HopDone(easy, code);
        progressed = true;
      }
      // Slots may have come free, and redirect hops were added: go round.
      if (progressed) continue;
      curl_multi_poll(multi_, nullptr, 0, static_cast<int>(PollWait(Steady::now()).count()),
                      nullptr);
    }
  }

  // A new request joins the queue, or fails at once for a URL it cannot fetch.
  void Admit(HttpRequest request, Callback done) {
    Result<ParsedUrl> url = ParseUrl(request.url);
    if (!url.ok()) {
      Deliver(std::move(done), url.status());
      return;
    }
    if (Status s = Fetchable(request.url, *url, false); !s.ok()) {
      Deliver(std::move(done), s);
      return;
    }
    auto t = std::make_unique<Transfer>();
    t->site = RegistrableDomain(url->host);
    t->url = std::move(*url);
    t->request = std::move(request);
    t->done = std::move(done);
    t->max_body = settings_.max_body_bytes;
    waiting_.push_back(std::move(t));
  }

  // Starts what the limits allow, in arrival order within each site.
  void StartReady(Steady::time_point now) {
    for (auto it = waiting_.begin(); it != waiting_.end();) {
      if (limiter_.in_flight() >= std::max(1u, settings_.max_in_flight)) return;
      if (!limiter_.CanStart((*it)->site, now)) {
        ++it;
        continue;
      }
      std::unique_ptr<Transfer> t = std::move(*it);
      it = waiting_.erase(it);
      limiter_.Started(t->site, now);
      running_.push_back(std::move(t));
      Transfer& started = *running_.back();
      started.deadline = now + settings_.total_timeout;
      if (Status s = Configure(started); !s.ok()) {
        Finish(started, s);
        continue;
      }
      if (Status s = StartHop(started, started.request.url, started.url); !s.ok()) {
        Finish(started, s);
      }
    }
  }

  // How long the curl thread may sleep: until the first waiting request's
  // site delay passes (curl_multi_poll also wakes for curl's own timers and
  // for curl_multi_wakeup).
  milliseconds PollWait(Steady::time_point now) const {
    milliseconds wait = kMaxPoll;
    for (const auto& t : waiting_) {
      const std::optional<Steady::time_point> at = limiter_.ReadyAt(t->site, now);
      if (!at) continue;
      // Rounded up: waking early would only go round again.
      const auto until = std::chrono::ceil<milliseconds>(*at - now);
      wait = std::min(wait, std::max(milliseconds(0), until));
    }
    return wait;
  }

  // The options every hop of a request shares.
  Status Configure(Transfer& t) {
    t.easy = curl_easy_init();
    if (t.easy == nullptr) return Status::Internal("libcurl failed to make a transfer");
    CURL* e = t.easy;
    curl_easy_setopt(e, CURLOPT_PRIVATE, &t);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t.error);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
#if LIBCURL_VERSION_NUM >= 0x075700
    // Aborting a transfer still resolving its host does not wait for the
    // resolver thread to finish (a slow DNS server would hold up the
    // destructor).
    curl_easy_setopt(e, CURLOPT_QUICK_EXIT, 1L);
#endif
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);   // followed by HopDone, hop by hop
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");  // every encoding curl can decode
    curl_easy_setopt(e, CURLOPT_USERAGENT, settings_.user_agent.c_str());
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS,
                     static_cast<long>(settings_.connect_timeout.count()));
    curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, settings_.low_speed_limit);
    curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME,
                     static_cast<long>(settings_.low_speed_time.count()));
    const auto max_file = static_cast<curl_off_t>(
        std::min<std::uint64_t>(settings_.max_body_bytes, std::numeric_limits<curl_off_t>::max()));
    curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, max_file);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, OnBody);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, OnHeader);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, &t);
    curl_easy_setopt(e, CURLOPT_OPENSOCKETFUNCTION, OnOpenSocket);
    curl_easy_setopt(e, CURLOPT_OPENSOCKETDATA, &t);
    curl_easy_setopt(e, CURLOPT_PREREQFUNCTION, OnPrerequest);
    curl_easy_setopt(e, CURLOPT_PREREQDATA, &t);
    // The validators go with every hop: a moved feed's stored ones belong to
    // its new address.
    if (!t.request.etag.empty()) {
      t.headers =
          curl_slist_append(t.headers, ("If-None-Match: " + HeaderValue(t.request.etag)).c_str());
    }
    if (!t.request.last_modified.empty()) {
      t.headers = curl_slist_append(
          t.headers, ("If-Modified-Since: " + HeaderValue(t.request.last_modified)).c_str());
    }
    if (t.headers != nullptr) curl_easy_setopt(e, CURLOPT_HTTPHEADER, t.headers);
    return Status::Ok();
  }

  // Sends the request for one hop to `url`, already checked to be http(s).
  Status StartHop(Transfer& t, const std::string& url, const ParsedUrl& parsed) {
    t.ResetHop();
    t.check_address = t.request.untrusted && !settings_.allow_private_links &&
                      !EqualsIgnoreAsciiCase(parsed.host, t.request.trusted_host);
    if (t.check_address && ClassifyAddress(parsed.host) && IsRestrictedAddress(parsed.host)) {
      return Status::InvalidInput(RefusedMessage(parsed.host));
    }
    const auto left = duration_cast<milliseconds>(t.deadline - Steady::now());
    if (left.count() <= 0) {
      return Status::IoError("timed out after " + std::to_string(settings_.total_timeout.count()) +
                             " ms, following redirects");
    }
    curl_easy_setopt(t.easy, CURLOPT_URL, url.c_str());
    curl_easy_setopt(t.easy, CURLOPT_TIMEOUT_MS, static_cast<long>(left.count()));
    if (curl_multi_add_handle(multi_, t.easy) != CURLM_OK) {
      return Status::Internal("libcurl refused a transfer");
    }
    t.added = true;
    return Status::Ok();
  }

  // One hop's transfer ended: follow its redirect or finish the request.
  void HopDone(CURL* easy, CURLcode code) {
    char* found = nullptr;
    curl_easy_getinfo(easy, CURLINFO_PRIVATE, &found);
    Transfer& t = *reinterpret_cast<Transfer*>(found);
    curl_multi_remove_handle(multi_, easy);
    t.added = false;
    if (code != CURLE_OK) {
      Finish(t, TransportError(t, code));
      return;
    }
    long status = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    char* location = nullptr;
    curl_easy_getinfo(easy, CURLINFO_REDIRECT_URL, &location);
    if (IsRedirect(status) && location != nullptr && *location != '\0') {
      const std::string next = location;
      if (t.response.redirects >= settings_.max_redirects) {
        Finish(t, Status::InvalidInput("too many redirects (more than " +
                                       std::to_string(settings_.max_redirects) + ")"));
        return;
      }
      Result<ParsedUrl> parsed = ParseUrl(next);
      if (!parsed.ok()) {
        Finish(t, parsed.status().WithContext("redirect"));
        return;
      }
      if (Status s = Fetchable(next, *parsed, true); !s.ok()) {
        Finish(t, s);
        return;
      }
      t.all_permanent = t.all_permanent && (status == 301 || status == 308);
      ++t.response.redirects;
      if (Status s = StartHop(t, next, *parsed); !s.ok()) Finish(t, s);
      return;
    }
    HttpResponse& r = t.response;
    r.status = status;
    char* effective = nullptr;
    curl_easy_getinfo(easy, CURLINFO_EFFECTIVE_URL, &effective);
    r.url = effective != nullptr ? effective : t.request.url;
    if (r.redirects > 0 && t.all_permanent) r.permanent_url = r.url;
    r.content_type = t.received.content_type;
    r.etag = t.received.etag;
    r.last_modified = t.received.last_modified;
    if (status == 429 || status == 503)
      r.retry_after = ParseRetryAfter(t.received.retry_after, clock_.Now());
    Finish(t, std::move(r));
  }

  Status TransportError(const Transfer& t, CURLcode code) const {
    if (!t.refused.empty()) return Status::InvalidInput(t.refused);
    if (t.too_large || code == CURLE_FILESIZE_EXCEEDED) {
      return Status::TooLarge("body larger than " + std::to_string(settings_.max_body_bytes) +
                              " bytes");
    }
    std::string reason(TrimAsciiWhitespace(t.error));
    if (reason.empty()) reason = curl_easy_strerror(code);
    return Status::IoError(reason);
  }

  // The request is over: its slots are freed and its result posted.
  void Finish(Transfer& t, Result<HttpResponse> result) {
    if (t.added) curl_multi_remove_handle(multi_, t.easy);
    limiter_.Finished(t.site);
    Deliver(std::move(t.done), std::move(result));
    running_.remove_if([&t](const std::unique_ptr<Transfer>& p) { return p.get() == &t; });
  }

  void Deliver(Callback done, Result<HttpResponse> result) {
    post_([alive = alive_, done = std::move(done), result = std::move(result)]() mutable {
      if (*alive && done) done(std::move(result));
    });
  }

  const FetchSettings settings_;
  const Clock& clock_;
  const Post post_;
  // False once destruction begins; shared with every posted result.
  std::shared_ptr<std::atomic<bool>> alive_ = std::make_shared<std::atomic<bool>>(true);
  CURLM* multi_ = nullptr;

  std::mutex mutex_;  // guards the two below
  std::vector<std::pair<HttpRequest, Callback>> incoming_;
  bool stopping_ = false;

  // The curl thread's alone.
  SiteLimiter limiter_;
  TransferList waiting_;
  TransferList running_;
  std::thread thread_;
};

CurlFetcher::CurlFetcher(FetchSettings settings, const Clock& clock, Post post)
    : engine_(std::make_unique<Engine>(std::move(settings), clock, std::move(post))) {}

CurlFetcher::CurlFetcher(FetchSettings settings, Post post)
    : CurlFetcher(std::move(settings), SystemClockInstance(), std::move(post)) {}

CurlFetcher::~CurlFetcher() = default;

void CurlFetcher::Fetch(HttpRequest request, Callback done) {
  engine_->Add(std::move(request), std::move(done));
}

}  // namespace corpusd
