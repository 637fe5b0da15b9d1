// What enters the pipeline, however it arrived: a file's bytes, an HTTP
// body, a feed item's content. A feed (saved as a file, dropped in a folder
// or fetched) is split into its items here, one input each, so that every
// door makes the same documents of it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/record.h"
#include "core/status.h"
#include "parsers/dates/date_normalizer.h"
#include "parsers/feeds/feed_parser.h"

namespace corpusd {

// What is known of a document from outside its bytes: a feed item's or
// sitemap entry's title, author, date and link. It fills the fields the
// document itself leaves empty (document_builder.h).
struct OutsideMetadata {
  std::string url;
  std::string title;
  std::string author;
  std::optional<NormalizedDate> published;
};

struct IngestInput {
  RawInput raw;
  // The bytes are an HTML fragment (a feed item's content), not a page.
  bool html_fragment = false;
  // The bytes are only a feed item's summary (its teaser, no full content):
  // the record says so (extraction = "summary").
  bool summary_only = false;
  OutsideMetadata outside;
};

// A file read from disk: named by its path, its URL the file:// URI of
// `absolute_path`.
IngestInput FileInput(std::string bytes, const std::string& path, const std::string& absolute_path);

// A response body: named and addressed by the URL it came from (after
// redirects), with the Content-Type the server sent.
IngestInput HttpBodyInput(std::string body, const std::string& url,
                          const std::string& content_type);

// A feed item's own content (full content; else, when `with_summary`, its
// summary), with the item's title, author, date and link as outside
// metadata. `name` names it in messages. The bytes are empty when the item
// carries nothing.
IngestInput FeedItemInput(const FeedItem& item, const std::string& name, bool with_summary);

// The outside metadata of a feed item alone, for an item whose link is
// fetched instead.
OutsideMetadata FeedItemMetadata(const FeedItem& item);

// The documents one input holds: the items of a feed (RSS, Atom, JSON Feed;
// read when the bytes sniff as XML or data and parse as a feed), each named
// "<name> item <key>"; otherwise the input itself. A feed without items is
// an error. `dates` are the source's hints, for the items' dates.
Result<std::vector<IngestInput>> SplitInput(IngestInput input, const DateContext& dates);

}  // namespace corpusd
