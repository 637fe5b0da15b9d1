#include "parsers/feeds/feed_parser.h"

#include <string>
#include <string_view>
#include <utility>

#include "core/content_hash.h"
#include "parsers/encodings/charset_prescan.h"
#include "parsers/feeds/feed_atom.h"
#include "parsers/feeds/feed_json.h"
#include "parsers/feeds/feed_namespaces.h"
#include "parsers/feeds/feed_rss.h"
#include "parsers/feeds/xml_document.h"

namespace corpusd {
namespace {

// What the root element says the document is; an error for anything else.
Result<Feed> ParseXmlFeed(const XmlDocument& doc, std::string_view url) {
  XmlNode root = doc.root();
  if (feed_ns::IsRss(root, "rss")) return ParseRssFeed(doc, url);
  if (feed_ns::IsElement(root, feed_ns::kRdf, "rdf", "RDF")) return ParseRssFeed(doc, url);
  if (root.name() == "Channel" && root.namespace_uri() == feed_ns::kRss11) {
    return ParseRssFeed(doc, url);  // RSS 1.1
  }
  if (root.name() == "feed") {
    std::string_view ns = root.namespace_uri();
    if (ns == feed_ns::kAtom || feed_ns::IsPreAtom10(ns) || (ns.empty() && root.prefix().empty())) {
      return ParseAtomFeed(doc, ns, url);
    }
  }
  std::string name(root.name());
  if (!root.namespace_uri().empty()) name += " xmlns=\"" + std::string(root.namespace_uri()) + "\"";
  return Status::InvalidInput("not a feed: the root element is <" + name + ">");
}

}  // namespace

Result<Feed> ParseFeed(std::string_view bytes, std::string_view url, const DateContext& dates,
                       std::string_view content_type) {
  if (bytes.size() > XmlDocument::kMaxInputBytes) {
    return Status::TooLarge("feed of " + std::to_string(bytes.size()) +
                            " bytes is over the limit of " +
                            std::to_string(XmlDocument::kMaxInputBytes));
  }
  Result<Feed> feed = Status::InvalidInput("not a feed");
  if (LooksLikeJson(bytes)) {
    feed = ParseJsonFeed(bytes, url);
  } else {
    const std::string charset = ContentTypeCharset(content_type).value_or("");
    Result<XmlDocument> doc = XmlDocument::Parse(bytes, url, charset);
    if (!doc.ok()) {
      if (doc.status().code() == Status::Code::kTooLarge) return doc.status();
      return doc.status().WithContext("not a feed");
    }
    feed = ParseXmlFeed(*doc, url);
    if (feed.ok() && !doc->well_formed()) {
      feed->xml_error = doc->first_error().empty() ? "not well-formed" : doc->first_error();
    }
  }
  if (!feed.ok()) return feed;
  for (FeedItem& item : feed->items) {
    if (!item.published.empty()) item.published_at = NormalizeDate(item.published, dates);
    if (!item.updated.empty()) item.updated_at = NormalizeDate(item.updated, dates);
  }
  return feed;
}

std::string FeedItemKey(const FeedItem& item) {
  if (!item.id.empty()) return item.id;
  if (!item.link.empty()) return item.link;
  std::string identity;
  if (!item.title.empty() || !item.published.empty()) {
    identity = item.title + "\n" + item.published;
  } else {
    identity = item.content_html + "\n" + item.content_text + "\n" + item.summary;
  }
  return "sha256:" + Sha256Hex(identity);
}

FeedItemContent ContentOf(const FeedItem& item, bool with_summary) {
  if (!item.content_html.empty()) return {item.content_html, true};
  if (!item.content_text.empty()) return {item.content_text, false};
  if (with_summary && !item.summary.empty()) return {item.summary, true};
  return {};
}

}  // namespace corpusd
