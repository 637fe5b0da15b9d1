// Schema.org JSON-LD as pages embed it in <script type="application/ld+json">:
// the typed objects it describes (NewsArticle, WebPage, BreadcrumbList, ...),
// flattened out of arrays, @graph and nesting, with the few properties page
// metadata needs. Tolerates what pages get wrong (HTML comments and CDATA
// wrappers, trailing commas, raw newlines in strings); text that still is not
// JSON yields nothing. Never throws. Pure.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace corpusd {

// One typed object of a JSON-LD block, with its string properties as written.
struct JsonLdObject {
  std::string type;  // first @type, e.g. "NewsArticle"; empty when untyped
  int depth = 0;     // nesting depth under the block's top level (0: top level or in @graph)
  std::string headline;
  std::string name;
  std::string date_published;  // datePublished, else dateCreated
  std::string date_modified;
  std::vector<std::string> authors;  // author / creator names (objects, arrays or strings)
  std::string publisher_name;
  std::string description;
  std::string article_body;  // articleBody, else text
  std::string in_language;
  std::string url;
};

// The typed objects of one <script> block's text, in document order (outer
// objects before the ones nested in them).
std::vector<JsonLdObject> ParseJsonLd(std::string_view text);

// True for schema.org types that are an article or a post ("NewsArticle",
// "BlogPosting", "ReportageNewsArticle", "LiveBlogPosting", "Report", ...); not
// "Review", which is mostly a nested comment on a product or recipe.
bool IsArticleType(std::string_view type);

}  // namespace corpusd
