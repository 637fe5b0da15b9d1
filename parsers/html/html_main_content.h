// The main content of a web page: the article a reader came for, without
// navigation, sidebars, related-article lists, comments, share bars, cookie
// banners, captions and credits. Candidate blocks are scored by text and link
// density, tag semantics, class/id hints and structured data; headings,
// paragraphs, lists, block quotes and tables are kept as text blocks, with
// every block boundary a break. Pure.
#pragma once

#include <string>
#include <vector>

#include "parsers/html/html_document.h"

namespace corpusd {

struct MainContentHints {
  std::string title;         // the page's headline, to find where the article starts
  std::string article_body;  // JSON-LD articleBody, when the page has one
};

// The main content as paragraphs (whitespace collapsed, trimmed, non-empty),
// or empty when the page has no identifiable article (the caller then keeps
// the page's whole visible text).
std::vector<std::string> ExtractMainContent(const HtmlDocument& doc, const MainContentHints& hints);

}  // namespace corpusd
