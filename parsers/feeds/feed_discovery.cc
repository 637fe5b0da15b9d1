#include "parsers/feeds/feed_discovery.h"

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "parsers/ascii.h"
#include "parsers/web/url.h"

namespace corpusd {
namespace {

bool HasToken(std::string_view list, std::string_view token) {
  std::size_t pos = 0;
  while (pos < list.size()) {
    while (pos < list.size() && IsAsciiWhitespace(list[pos])) ++pos;
    std::size_t end = pos;
    while (end < list.size() && !IsAsciiWhitespace(list[end])) ++end;
    if (end > pos && EqualsIgnoreAsciiCase(list.substr(pos, end - pos), token)) return true;
    pos = end;
  }
  return false;
}

bool IsFeedType(std::string_view type) {
  std::size_t semicolon = type.find(';');  // "application/rss+xml; charset=utf-8"
  if (semicolon != std::string_view::npos) type = type.substr(0, semicolon);
  type = TrimAsciiWhitespace(type);
  for (std::string_view t : {"application/rss+xml", "application/atom+xml", "application/feed+json",
                             "application/json"}) {
    if (EqualsIgnoreAsciiCase(type, t)) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> DiscoverFeeds(const HtmlDocument& page, std::string_view page_url) {
  std::vector<std::string> hrefs;
  std::string base_href;
  bool have_base = false;
  // Depth-first in document order, on an explicit stack.
  std::vector<HtmlNode> stack = {page.root()};
  while (!stack.empty()) {
    HtmlNode node = stack.back();
    stack.pop_back();
    if (node.is_element()) {
      if (node.tag() == "base" && !have_base && node.has_attribute("href")) {
        base_href = std::string(node.attribute("href"));  // the first <base href> counts
        have_base = true;
      } else if (node.tag() == "link" && HasToken(node.attribute("rel"), "alternate") &&
                 IsFeedType(node.attribute("type")) &&
                 !TrimAsciiWhitespace(node.attribute("href")).empty()) {
        hrefs.emplace_back(node.attribute("href"));
      }
    }
    for (std::size_t i = node.child_count(); i > 0; --i) stack.push_back(node.child(i - 1));
  }

  std::string base(page_url);
  if (have_base) {
    Result<std::string> resolved = ResolveUrl(page_url, base_href);
    if (resolved.ok()) base = std::move(resolved).value();
  }
  std::vector<std::string> feeds;
  std::unordered_set<std::string> seen;
  for (const std::string& href : hrefs) {
    Result<std::string> url = ResolveUrl(base, href);
    if (url.ok() && seen.insert(*url).second) feeds.push_back(std::move(url).value());
  }
  return feeds;
}

}  // namespace corpusd
