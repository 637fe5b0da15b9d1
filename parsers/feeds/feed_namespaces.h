// The XML namespaces of feeds and sitemaps, and how elements are matched
// against them. Sloppy feeds use a conventional prefix ("dc:", "content:")
// without declaring it; such elements match by that prefix. Header-only.
#pragma once

#include <string_view>

#include "parsers/feeds/xml_document.h"

namespace corpusd::feed_ns {

inline constexpr std::string_view kAtom = "http://www.w3.org/2005/Atom";
inline constexpr std::string_view kAtom03 = "http://purl.org/atom/ns#";

// Atom 0.3 and the drafts before it ("Echo", "Pie", "Necho"), which feed
// readers still meet in archives: the elements of 0.3 (issued, modified,
// created, content mode="base64|escaped|xml") under other names.
inline bool IsPreAtom10(std::string_view ns) {
  return ns == kAtom03 || ns.starts_with("http://purl.org/echo/") ||
         ns.starts_with("http://purl.org/pie/") || ns.starts_with("http://example.com/necho") ||
         ns.starts_with("http://example.com/newformat#");
}
inline constexpr std::string_view kRss10 = "http://purl.org/rss/1.0/";
inline constexpr std::string_view kRss090 = "http://my.netscape.com/rdf/simple/0.9/";
inline constexpr std::string_view kRss11 = "http://purl.org/net/rss1.1#";
inline constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view kDc = "http://purl.org/dc/elements/1.1/";
inline constexpr std::string_view kDcTerms = "http://purl.org/dc/terms/";
inline constexpr std::string_view kContent = "http://purl.org/rss/1.0/modules/content/";
inline constexpr std::string_view kItunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";
inline constexpr std::string_view kMediaRss = "http://search.yahoo.com/mrss/";
inline constexpr std::string_view kSitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
inline constexpr std::string_view kGoogleNews = "http://www.google.com/schemas/sitemap-news/0.9";

// An element `name` in namespace `ns`, or with `prefix` and no namespace.
inline bool IsElement(XmlNode node, std::string_view ns, std::string_view prefix,
                      std::string_view name) {
  if (!node.is_element() || node.name() != name) return false;
  if (node.namespace_uri() == ns) return true;
  return node.namespace_uri().empty() && !prefix.empty() && node.prefix() == prefix;
}

// A core RSS element: no namespace and no prefix, or one of the namespaces
// RSS versions have put their elements in.
inline bool IsRss(XmlNode node, std::string_view name) {
  if (!node.is_element() || node.name() != name) return false;
  std::string_view ns = node.namespace_uri();
  if (ns.empty()) return node.prefix().empty();
  return ns == kRss10 || ns == kRss090 || ns == kRss11 ||
         ns == "http://backend.userland.com/rss2" || ns == "http://backend.userland.com/rss";
}

}  // namespace corpusd::feed_ns
