#include "parsers/web/robots_txt.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/ascii.h"
#include "parsers/web/percent_encoding.h"

namespace corpusd {
namespace {

constexpr double kMaxCrawlDelaySeconds = 24 * 60 * 60;

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool IsUnreserved(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

// RFC 9309 2.2.2: patterns and paths are compared with unreserved characters
// unescaped, every other escape in upper case, and non-ASCII bytes (and
// spaces, controls) escaped, so "/%7Efoo", "/~foo" match alike and a
// UTF-8 pattern matches its percent-encoded path.
std::string NormalizePercentEncoding(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (IsPercentEscapeAt(s, i)) {
      const auto decoded = static_cast<unsigned char>(HexValue(s[i + 1]) * 16 + HexValue(s[i + 2]));
      i += 2;
      if (IsUnreserved(decoded)) {
        out += static_cast<char>(decoded);
        continue;
      }
      AppendPercentEscape(decoded, out);
    } else if (c <= ' ' || c >= 0x7F) {
      AppendPercentEscape(c, out);
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

// Whether `pattern` matches a prefix of `path` ("*" any run, a final "$"
// the end). Tracks every position the pattern could have reached so far:
// O(pattern x path), never exponential.
bool Matches(std::string_view pattern, std::string_view path) {
  std::vector<std::size_t> positions = {0};
  positions.reserve(path.size() + 1);
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char p = pattern[i];
    if (p == '$' && i + 1 == pattern.size()) return positions.back() == path.size();
    if (p == '*') {
      const std::size_t first = positions.front();
      positions.clear();
      for (std::size_t k = first; k <= path.size(); ++k) positions.push_back(k);
      continue;
    }
    std::size_t kept = 0;
    for (std::size_t pos : positions) {
      if (pos < path.size() && path[pos] == p) positions[kept++] = pos + 1;
    }
    positions.resize(kept);
    if (positions.empty()) return false;
  }
  return true;
}

// The product token part of a user-agent: its leading letters, '_' and
// '-', lower-cased ("Googlebot/2.1" -> "googlebot").
std::string ProductToken(std::string_view s) {
  std::string out;
  for (char c : TrimSpaces(s)) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-';
    if (!ok) break;
    out += AsciiLower(c);
  }
  return out;
}

enum class Key { kUserAgent, kAllow, kDisallow, kCrawlDelay, kSitemap, kOther };

// Record names, with the misspellings crawlers are known to accept.
Key KeyOf(std::string_view name) {
  const std::string key = AsciiLowerCopy(name);
  if (key == "user-agent" || key == "useragent" || key == "user agent") return Key::kUserAgent;
  if (key == "allow") return Key::kAllow;
  if (key == "disallow" || key == "dissallow" || key == "dissalow" || key == "disalow" ||
      key == "diasllow" || key == "disallaw") {
    return Key::kDisallow;
  }
  if (key == "crawl-delay" || key == "crawldelay" || key == "crawl delay") return Key::kCrawlDelay;
  if (key == "sitemap" || key == "site-map") return Key::kSitemap;
  return Key::kOther;
}

struct Group {
  std::vector<std::string> agents;  // product tokens, or "*"
  std::vector<RobotsRules::Rule> rules;
  std::optional<std::chrono::milliseconds> crawl_delay;
};

std::optional<std::chrono::milliseconds> ParseCrawlDelay(std::string_view value) {
  double seconds = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), seconds);
  if (ec != std::errc() || end == value.data() || !std::isfinite(seconds) || seconds < 0) {
    return std::nullopt;
  }
  seconds = std::min(seconds, kMaxCrawlDelaySeconds);
  return std::chrono::milliseconds(static_cast<long long>(std::llround(seconds * 1000)));
}

}  // namespace

bool RobotsRules::Allowed(std::string_view path_and_query) const {
  const std::string path = NormalizePercentEncoding(path_and_query.empty() ? "/" : path_and_query);
  if (path == "/robots.txt") return true;
  long best_allow = -1;
  long best_disallow = -1;
  for (const Rule& rule : rules) {
    const auto length = static_cast<long>(rule.pattern.size());
    long& best = rule.allow ? best_allow : best_disallow;
    if (length > best && Matches(rule.pattern, path)) best = length;
  }
  return best_disallow < 0 || best_allow >= best_disallow;
}

RobotsRules ParseRobotsTxt(std::string_view text, std::string_view user_agent_token) {
  if (text.size() > RobotsRules::kMaxBytes) {
    text = text.substr(0, RobotsRules::kMaxBytes);
    std::size_t last_break = text.find_last_of("\r\n");
    if (last_break != std::string_view::npos) text = text.substr(0, last_break);
  }
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);

  RobotsRules result;
  std::vector<Group> groups;
  bool group_has_records = true;  // the next user-agent line opens a group
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find_first_of("\r\n", pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    if (line.find('#') != std::string_view::npos) line = line.substr(0, line.find('#'));
    line = TrimSpaces(line);
    if (line.empty()) continue;

    // "key: value"; a missing colon is forgiven when a space separates them.
    std::size_t colon = line.find(':');
    std::size_t value_start;
    if (colon == std::string_view::npos) {
      colon = line.find_first_of(" \t");
      if (colon == std::string_view::npos) continue;
      value_start = colon + 1;
    } else {
      value_start = colon + 1;
    }
    const Key key = KeyOf(TrimSpaces(line.substr(0, colon)));
    const std::string_view value = TrimSpaces(line.substr(value_start));

    switch (key) {
      case Key::kUserAgent:
        if (group_has_records) {
          groups.emplace_back();
          group_has_records = false;
        }
        groups.back().agents.push_back(value.starts_with('*') ? "*" : ProductToken(value));
        break;
      case Key::kAllow:
      case Key::kDisallow:
        if (groups.empty()) break;  // rules before any user-agent line
        group_has_records = true;
        // An empty Disallow allows everything; an empty Allow says nothing.
        if (!value.empty()) {
          groups.back().rules.push_back({NormalizePercentEncoding(value), key == Key::kAllow});
        }
        break;
      case Key::kCrawlDelay:
        if (groups.empty()) break;
        group_has_records = true;
        if (!groups.back().crawl_delay) groups.back().crawl_delay = ParseCrawlDelay(value);
        break;
      case Key::kSitemap:
        if (!value.empty()) result.sitemaps.emplace_back(value);
        break;
      case Key::kOther:
        break;
    }
  }

  // Our groups, else the "*" groups; several are merged into one.
  const std::string token = ProductToken(user_agent_token);
  auto names = [](const Group& g, std::string_view agent) {
    return std::find(g.agents.begin(), g.agents.end(), agent) != g.agents.end();
  };
  bool specific = !token.empty() && std::any_of(groups.begin(), groups.end(),
                                                [&](const Group& g) { return names(g, token); });
  const std::string_view wanted = specific ? std::string_view(token) : std::string_view("*");
  for (const Group& g : groups) {
    if (!names(g, wanted)) continue;
    result.rules.insert(result.rules.end(), g.rules.begin(), g.rules.end());
    if (!result.crawl_delay) result.crawl_delay = g.crawl_delay;
  }
  return result;
}

}  // namespace corpusd
