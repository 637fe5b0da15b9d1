#include "daemon/ingest/ingest_input.h"

#include <utility>

#include "parsers/encodings/content_sniffer.h"
#include "parsers/web/file_uri.h"

namespace corpusd {

IngestInput FileInput(std::string bytes, const std::string& path,
                      const std::string& absolute_path) {
  IngestInput in;
  in.raw.bytes = std::move(bytes);
  in.raw.name = path;
  in.raw.url = FileUri(absolute_path);
  return in;
}

IngestInput HttpBodyInput(std::string body, const std::string& url,
                          const std::string& content_type) {
  IngestInput in;
  in.raw.bytes = std::move(body);
  in.raw.name = url;
  in.raw.url = url;
  in.raw.content_type = content_type;
  return in;
}

OutsideMetadata FeedItemMetadata(const FeedItem& item) {
  OutsideMetadata m;
  m.url = item.link;
  m.title = item.title;
  m.author = item.author;
  m.published = item.published_at ? item.published_at : item.updated_at;
  return m;
}

IngestInput FeedItemInput(const FeedItem& item, const std::string& name, bool with_summary) {
  IngestInput in;
  FeedItemContent content = ContentOf(item, with_summary);
  in.raw.bytes = std::move(content.bytes);
  in.raw.content_type = content.html ? "text/html" : "text/plain";
  in.raw.url = item.link;
  in.raw.name = name;
  in.html_fragment = content.html;
  in.summary_only = !in.raw.bytes.empty() && item.content_html.empty() && item.content_text.empty();
  in.outside = FeedItemMetadata(item);
  return in;
}

Result<std::vector<IngestInput>> SplitInput(IngestInput input, const DateContext& dates) {
  std::vector<IngestInput> out;
  const ContentKind kind =
      SniffContent(input.raw.bytes, input.raw.content_type, input.raw.name).kind;
  if (kind == ContentKind::kXml || kind == ContentKind::kData) {
    if (Result<Feed> feed =
            ParseFeed(input.raw.bytes, input.raw.url, dates, input.raw.content_type);
        feed.ok()) {
      if (feed->items.empty()) return Status::InvalidInput("the feed has no items");
      for (const FeedItem& item : feed->items) {
        IngestInput in = FeedItemInput(item, input.raw.name + " item " + FeedItemKey(item),
                                       /*with_summary=*/true);
        in.raw.source = input.raw.source;
        out.push_back(std::move(in));
      }
      return out;
    }
  }
  out.push_back(std::move(input));
  return out;
}

}  // namespace corpusd
