// Web feeds to items: RSS 0.91/0.92/2.0, RSS 1.0 (RDF), Atom 1.0 (and the
// older Atom 0.3) and JSON Feed 1.0/1.1, told apart by their root element or
// JSON "version". The formats themselves are read in feed_rss.cc,
// feed_atom.cc and feed_json.cc. XML is parsed by XmlDocument: leniently (a
// truncated feed gives its complete items) and without entity expansion.
// Pure and thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "parsers/dates/date_normalizer.h"

namespace corpusd {

struct FeedItem {
  std::string id;      // guid (RSS 2.0), rdf:about (RSS 1.0), id (Atom, JSON Feed); may be empty
  std::string title;   // plain text: entities decoded, tags of an HTML title stripped
  std::string link;    // absolute (resolved against xml:base and the feed's URL);
                       // as written when it cannot be resolved; may be empty
  std::string author;  // names, ", "-separated when several
  // As written. published: pubDate, else the first of dc:date, dcterms:issued,
  // dcterms:created, atom:published (RSS); published (Atom 1.0), issued else
  // created (Atom 0.3); date_published (JSON Feed). updated: atom:updated or
  // dcterms:modified (RSS), updated (Atom 1.0), modified (0.3), date_modified
  // (JSON Feed). The corpus dates an item by published, else updated.
  std::string published;
  std::string updated;
  std::optional<NormalizedDate> published_at;  // NormalizeDate(published)
  std::optional<NormalizedDate> updated_at;    // NormalizeDate(updated)
  // The full content as HTML: content:encoded (RSS), <content type="html"
  // or "xhtml"> (Atom), content_html (JSON Feed). Relative links inside are
  // left as written: resolve them against `link`.
  std::string content_html;
  // The full content as plain text: <content type="text"> (Atom),
  // content_text (JSON Feed).
  std::string content_text;
  // description (RSS), summary (Atom, JSON Feed): HTML or text as given;
  // else the podcast's or video's words (itunes:summary, media:description,
  // itunes:subtitle).
  std::string summary;
  // Why content the item has was not read: "content of type image/png, not
  // text", "content out of line (src=\"...\")"; empty otherwise.
  std::string content_skipped;
};

struct Feed {
  // "rss2.0", "rss0.9x", "rss1.0", "rss1.1", "atom1.0", "atom0.3", "jsonfeed1.0" or
  // "jsonfeed1.1".
  std::string format;
  std::string title;            // plain text
  std::string link;             // the site's home page, absolute where possible
  std::string language;         // as written ("en-us"); may be empty
  std::vector<FeedItem> items;  // in feed order
  // Not empty when the XML was not well-formed and was read in recovery
  // mode: the parser's first complaint ("line 3: ..."), for the log.
  std::string xml_error;
};

// Items beyond this many are dropped.
inline constexpr std::size_t kMaxFeedItems = 10000;

// `url`: where the feed came from, for relative links (may be empty);
// `dates`: language and time zone hints for NormalizeDate; `content_type`:
// the Content-Type it was served with, whose charset outranks the XML
// declaration as RFC 7303 says (a byte-order mark outranks both). Errors:
// kInvalidInput "not a feed: ..." for anything that is neither a feed nor
// recoverable as one (HTML pages included), kTooLarge over
// XmlDocument::kMaxInputBytes.
Result<Feed> ParseFeed(std::string_view bytes, std::string_view url, const DateContext& dates,
                       std::string_view content_type = {});

// The item's identity for "seen before": its id; else its link; else
// "sha256:" + Sha256Hex(title + "\n" + published), or of its content when
// it has neither title nor date.
std::string FeedItemKey(const FeedItem& item);

// What of an item becomes its document: the full HTML content (read as a
// fragment), else the full plain text, else, when `with_summary`, the
// summary (HTML). Empty bytes when there is nothing.
struct FeedItemContent {
  std::string bytes;
  bool html = false;
};
FeedItemContent ContentOf(const FeedItem& item, bool with_summary);

}  // namespace corpusd
