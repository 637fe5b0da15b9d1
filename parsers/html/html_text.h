// The parse stage for HTML: the visible text of a page as paragraphs (blocks),
// with its title and declared language. Every block-level boundary (p, div,
// li, h1-h6, tr, br, ...) ends a block, so words from adjacent blocks are
// never glued; inline tags add no spaces. Script, style, template, head and
// other never-visible content is skipped. Boilerplate removal is not done
// here (see the cleaning stage). Pure.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parsers/html/html_document.h"

namespace corpusd {

struct HtmlText {
  std::vector<std::string> blocks;  // whitespace-collapsed, trimmed, non-empty
  std::string title;                // <title>, whitespace-collapsed; may be empty
  std::string language;             // <html lang>, as written; may be empty
};

HtmlText ExtractHtmlText(std::string_view utf8_html);
// The same, for a page already parsed (to parse a page once for all readers).
HtmlText ExtractHtmlText(const HtmlDocument& doc);

}  // namespace corpusd
