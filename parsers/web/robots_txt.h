// robots.txt as RFC 9309 reads it: groups of user-agent lines and rules; the
// group(s) naming our product token (case-insensitive), else the "*"
// group(s); the longest matching Allow/Disallow pattern wins, Allow on a
// tie; "*" matches any run of characters and a final "$" anchors the end;
// /robots.txt itself is always allowed. Also reads Crawl-delay (not in the
// RFC, widely written) and Sitemap lines. What a fetch failure means (4xx:
// allow all; 5xx or unreachable: disallow all) is the caller's decision; see
// AllowAll() and DisallowAll(). Pure.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace corpusd {

struct RobotsRules {
  // Only this much of a robots.txt is read (RFC 9309 asks for at least
  // 500 KiB); a line cut by the limit is dropped.
  static constexpr std::size_t kMaxBytes = 500 * 1024;

  struct Rule {
    std::string pattern;  // percent-encoding normalized; may hold * and a final $
    bool allow = false;
  };

  // Whether a crawler may fetch `path_and_query` ("/a/b?c=d": the URL's path
  // and query as sent in the request line; empty means "/").
  bool Allowed(std::string_view path_and_query) const;

  // The rules of the group(s) that apply to us, in file order.
  std::vector<Rule> rules;
  // The Crawl-delay of those groups (the first valid one), at most a day.
  std::optional<std::chrono::milliseconds> crawl_delay;
  // Sitemap URLs, as written (they belong to no group).
  std::vector<std::string> sitemaps;

  static RobotsRules AllowAll() { return {}; }
  static RobotsRules DisallowAll() { return RobotsRules{{{"/", false}}, std::nullopt, {}}; }
};

// The rules for the crawler whose product token is `user_agent_token`
// ("corpusd"; only its leading letters, '_' and '-' count, so
// "corpusd/0.1" works too).
RobotsRules ParseRobotsTxt(std::string_view text, std::string_view user_agent_token);

}  // namespace corpusd
