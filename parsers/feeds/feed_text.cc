#include "parsers/feeds/feed_text.h"

#include <string>

#include "parsers/html/html_blocks.h"
#include "parsers/html/html_text.h"

namespace corpusd {

namespace {

// No-break spaces (&nbsp; is everywhere in titles) as plain spaces.
std::string WithPlainSpaces(std::string text) {
  for (std::size_t at = text.find("\xC2\xA0"); at != std::string::npos;
       at = text.find("\xC2\xA0", at)) {
    text.replace(at, 2, " ");
  }
  return text;
}

}  // namespace

std::string FeedPlainText(std::string_view text, bool is_html) {
  if (!is_html || text.find_first_of("<&") == std::string_view::npos) {
    return CollapseWhitespace(WithPlainSpaces(std::string(text)));
  }
  // In a <body>, so that "<title>" in a headline is not taken for the page's.
  HtmlText html = ExtractHtmlText("<body>" + std::string(text));
  std::string joined;
  for (const std::string& block : html.blocks) {
    if (!joined.empty()) joined += ' ';
    joined += block;
  }
  return CollapseWhitespace(WithPlainSpaces(std::move(joined)));
}

}  // namespace corpusd
