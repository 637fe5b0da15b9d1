#include "parsers/feeds/sitemap_parser.h"

#include <string>
#include <string_view>

#include "parsers/ascii.h"
#include "parsers/feeds/feed_namespaces.h"
#include "parsers/feeds/feed_text.h"
#include "parsers/feeds/xml_base.h"
#include "parsers/feeds/xml_document.h"
#include "parsers/html/html_blocks.h"

namespace corpusd {
namespace {

// A sitemap element: in the sitemap namespace (or the one the root uses, as
// old Google sitemaps had their own), or in none.
bool IsSitemapElement(XmlNode node, std::string_view root_ns, std::string_view name) {
  if (!node.is_element() || node.name() != name) return false;
  std::string_view ns = node.namespace_uri();
  return ns == root_ns || ns == feed_ns::kSitemap || (ns.empty() && node.prefix().empty());
}

std::optional<NormalizedDate> DateOf(XmlNode element, const DateContext& dates) {
  const std::string text = element.TextContent();
  std::string_view trimmed = TrimAsciiWhitespace(text);
  if (trimmed.empty()) return std::nullopt;
  return NormalizeDate(trimmed, dates);
}

SitemapUrl ParseUrl(XmlNode entry, std::string_view root_ns, std::string_view url,
                    const DateContext& dates) {
  SitemapUrl out;
  for (XmlNode c : entry.children()) {
    if (IsSitemapElement(c, root_ns, "loc")) {
      if (out.loc.empty()) out.loc = ResolveLinkAt(c, c.TextContent(), url);
    } else if (IsSitemapElement(c, root_ns, "lastmod")) {
      if (!out.lastmod) out.lastmod = DateOf(c, dates);
    } else if (feed_ns::IsElement(c, feed_ns::kGoogleNews, "news", "news")) {
      for (XmlNode n : c.children()) {
        if (feed_ns::IsElement(n, feed_ns::kGoogleNews, "news", "title")) {
          if (out.title.empty()) out.title = CollapseWhitespace(n.TextContent());
        } else if (feed_ns::IsElement(n, feed_ns::kGoogleNews, "news", "publication_date")) {
          if (!out.published_at) out.published_at = DateOf(n, dates);
        }
      }
    }
  }
  return out;
}

}  // namespace

Result<Sitemap> ParseSitemap(std::string_view bytes, std::string_view url,
                             const DateContext& dates) {
  Result<XmlDocument> doc = XmlDocument::Parse(bytes, url);
  if (!doc.ok()) {
    if (doc.status().code() == Status::Code::kTooLarge) return doc.status();
    return doc.status().WithContext("not a sitemap");
  }
  XmlNode root = doc->root();
  const std::string_view root_ns = root.namespace_uri();
  Sitemap sitemap;
  if (IsSitemapElement(root, root_ns, "urlset")) {
    for (XmlNode c : root.children()) {
      if (sitemap.urls.size() >= kMaxSitemapEntries) break;
      if (!IsSitemapElement(c, root_ns, "url") || !c.has_end_tag()) continue;
      SitemapUrl entry = ParseUrl(c, root_ns, url, dates);
      if (!entry.loc.empty()) sitemap.urls.push_back(std::move(entry));
    }
  } else if (IsSitemapElement(root, root_ns, "sitemapindex")) {
    for (XmlNode c : root.children()) {
      if (sitemap.sitemaps.size() >= kMaxSitemapEntries) break;
      if (!IsSitemapElement(c, root_ns, "sitemap") || !c.has_end_tag()) continue;
      XmlNode loc = c.FirstChild("loc", c.namespace_uri());
      std::string resolved = loc ? ResolveLinkAt(loc, loc.TextContent(), url) : std::string();
      if (!resolved.empty()) sitemap.sitemaps.push_back(std::move(resolved));
    }
  } else {
    return Status::InvalidInput("not a sitemap: the root element is <" + std::string(root.name()) +
                                ">");
  }
  return sitemap;
}

}  // namespace corpusd
