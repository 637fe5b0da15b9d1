// What a web page says about itself: title, authors, publication and
// modification dates, language, canonical URL, site name, description, and
// the article body when structured data carries one. Read from meta tags
// (Open Graph, Dublin Core, article:*, citation_*, parsely, sailthru, ...),
// JSON-LD (schema.org NewsArticle, Article, BlogPosting, WebPage, @graph),
// microdata (itemprop), <time> elements, the URL's date path and visible date
// lines near the headline. Dates go through the shared date normalizer. Pure.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/dates/date_normalizer.h"
#include "parsers/html/html_document.h"

namespace corpusd {

struct HtmlMetadata {
  std::string title;  // the article's headline, without a " | Site Name" suffix; may be empty
  std::vector<std::string> authors;
  std::optional<NormalizedDate> published;
  std::optional<NormalizedDate> modified;
  std::string language;  // BCP 47 as the page declares it; may be empty
  std::string canonical_url;
  std::string site_name;
  std::string description;
  std::string article_body;  // JSON-LD articleBody / text, when present
};

// What the caller knows beyond the page itself; all optional.
struct HtmlMetadataOptions {
  // "YYYY-MM-DD": dates after this day are refused as publication or
  // modification dates (typically the fetch day). Empty: no bound. The
  // extractor never reads the clock.
  std::string not_after;
};

// `url` is the page's URL (may be empty); `dates` the source's date context.
//
// The publication date is the first of, in this order: the main JSON-LD
// article's datePublished; publication meta tags (article:published_time,
// ..., citation_publication_date); <time> marked as the publication
// (pubdate, itemprop=datePublished, class "published"); generic meta dates
// ("date", "DC.date"); other top-level JSON-LD objects; the URL's date;
// <time> and date-class elements (article areas first, comments and related
// lists never); date lines below, then above, the <h1>; a visible "updated"
// line. The URL's date wins over a first choice more than a week from it. A
// UTC time yields to the same moment on the neighbouring local day
// when the page states that day, and an ambiguous "11/01/2023" to its swapped
// reading when the page states that. The modification date comes from
// dateModified, modification meta tags and <time> marked as an update.
//
// When `dates.language` is empty, the page's declared language is used for
// month names. Never throws; any page, however deep, yields a result.
HtmlMetadata ExtractHtmlMetadata(const HtmlDocument& doc, std::string_view url,
                                 const DateContext& dates);
HtmlMetadata ExtractHtmlMetadata(const HtmlDocument& doc, std::string_view url,
                                 const DateContext& dates, const HtmlMetadataOptions& options);

}  // namespace corpusd
