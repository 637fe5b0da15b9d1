// Feeds and sitemaps: any bytes as RSS, Atom, JSON Feed or a text list of
// links, and as a sitemap, then each item's content as the daemon takes it.
#include "fuzz/fuzz_input.h"
#include "parsers/feeds/feed_discovery.h"
#include "parsers/feeds/feed_parser.h"
#include "parsers/feeds/sitemap_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  corpusd::fuzz::Input input(data, size);
  const corpusd::DateContext dates{
      corpusd::fuzz::kLanguages[input.Choose(std::size(corpusd::fuzz::kLanguages))], "UTC"};
  const std::string_view bytes = input.Rest();
  corpusd::Result<corpusd::Feed> feed =
      corpusd::ParseFeed(bytes, "https://news.example/feed", dates);
  if (feed.ok()) {
    for (const corpusd::FeedItem& item : feed->items) {
      (void)corpusd::FeedItemKey(item);
      (void)corpusd::ContentOf(item, /*with_summary=*/true);
    }
  }
  (void)corpusd::ParseSitemap(bytes, "https://news.example/sitemap.xml", dates);
  return 0;
}
