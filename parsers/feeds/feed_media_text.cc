#include "parsers/feeds/feed_media_text.h"

#include "parsers/ascii.h"
#include "parsers/feeds/feed_namespaces.h"

namespace corpusd {
namespace {

using feed_ns::IsElement;

bool IsMedia(XmlNode node, std::string_view name) {
  return IsElement(node, feed_ns::kMediaRss, "media", name);
}

// The first media:description of `parent` or of its media:group and
// media:content children (one level: the groups Media RSS defines).
std::string MediaDescription(XmlNode parent, int depth = 0) {
  for (XmlNode c : parent.children()) {
    if (IsMedia(c, "description")) {
      std::string text(TrimAsciiWhitespace(c.TextContent()));
      if (!text.empty()) return text;
    }
  }
  if (depth > 0) return {};
  for (XmlNode c : parent.children()) {
    if (IsMedia(c, "group") || IsMedia(c, "content")) {
      std::string text = MediaDescription(c, depth + 1);
      if (!text.empty()) return text;
    }
  }
  return {};
}

std::string Itunes(XmlNode item, std::string_view name) {
  for (XmlNode c : item.children()) {
    if (IsElement(c, feed_ns::kItunes, "itunes", name)) {
      std::string text(TrimAsciiWhitespace(c.TextContent()));
      if (!text.empty()) return text;
    }
  }
  return {};
}

}  // namespace

std::string MediaSummary(XmlNode item) {
  std::string text = Itunes(item, "summary");
  if (text.empty()) text = MediaDescription(item);
  if (text.empty()) text = Itunes(item, "subtitle");
  return text;
}

}  // namespace corpusd
