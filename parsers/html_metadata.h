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

#include "parsers/date_normalizer.h"
#include "parsers/html_document.h"

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

// `url` is the page's URL (may be empty); `dates` the source's date context.
HtmlMetadata ExtractHtmlMetadata(const HtmlDocument& doc, std::string_view url,
                                 const DateContext& dates);

}  // namespace corpusd
