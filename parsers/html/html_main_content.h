// The main content of a web page: the article a reader came for, without
// navigation, sidebars, related-article lists, comments, share bars, cookie
// banners, captions and credits. Candidate blocks are scored by text and link
// density, tag semantics, class/id hints and structured data; headings,
// paragraphs, lists, block quotes and tables are kept as text blocks, with
// every block boundary a break. Pure.
#pragma once

#include <string>
#include <vector>

#include "core/record.h"
#include "parsers/html/html_document.h"

namespace corpusd {

struct MainContentHints {
  std::string title;         // the page's headline, to find where the article starts
  std::string article_body;  // JSON-LD articleBody, when the page has one
};

// The main content as paragraphs (whitespace collapsed, trimmed, non-empty),
// or empty when the page has no identifiable article (the caller then keeps
// the page's whole visible text). With `removed`, what was left out of the
// article and next to it is appended there, by kind: "html:comments",
// "html:teaser-list", "html:navigation", "html:share", "html:bio",
// "html:caption", "html:ad", ... for never-content blocks, "html:links" for
// link lists, "html:label" for ad labels, "html:headline" for the headline.
std::vector<std::string> ExtractMainContent(const HtmlDocument& doc, const MainContentHints& hints,
                                            std::vector<Removal>* removed = nullptr);

}  // namespace corpusd
