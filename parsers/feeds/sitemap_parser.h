// XML sitemaps (https://www.sitemaps.org/protocol.html): <urlset> with <url>
// <loc> and <lastmod>, sitemap indexes (<sitemapindex> with <sitemap> <loc>),
// and Google News sitemaps' <news:news> (title and publication date). Parsed
// by XmlDocument: leniently, without entity expansion; an entry cut off by
// the end of a truncated download is dropped. Bytes only: a sitemap served
// gzip-compressed as a file (.xml.gz, application/gzip) rather than with a
// Content-Encoding is not decompressed anywhere and is refused as "not a
// sitemap". Pure and thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "parsers/dates/date_normalizer.h"

namespace corpusd {

struct SitemapUrl {
  std::string loc;                             // absolute where it can be resolved
  std::string title;                           // news:title; may be empty
  std::optional<NormalizedDate> lastmod;       // <lastmod>
  std::optional<NormalizedDate> published_at;  // news:publication_date
};

struct Sitemap {
  std::vector<SitemapUrl> urls;       // from a <urlset>, in order
  std::vector<std::string> sitemaps;  // from a <sitemapindex>: more sitemaps to fetch
};

// At most this many URLs (and as many sitemaps), the protocol's own limit.
inline constexpr std::size_t kMaxSitemapEntries = 50000;

// `url`: where the sitemap came from (for relative locations; may be empty);
// `dates`: hints for NormalizeDate. Errors: kInvalidInput "not a sitemap:
// ..." when the bytes are not XML or the root is neither <urlset> nor
// <sitemapindex>; kTooLarge over XmlDocument::kMaxInputBytes.
Result<Sitemap> ParseSitemap(std::string_view bytes, std::string_view url,
                             const DateContext& dates);

}  // namespace corpusd
