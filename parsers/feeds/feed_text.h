// Feed titles and names as plain text. RSS says nothing about whether a title
// is HTML, and feeds in the wild escape markup and entities into it
// ("Tom &amp;amp; Jerry", "&lt;b&gt;Breaking&lt;/b&gt;"); Atom says so with
// type="html". (CollapseWhitespace, for plain text, is in html_blocks.h.)
// Pure.
#pragma once

#include <string>
#include <string_view>

namespace corpusd {

// The plain text of a title: for HTML, tags stripped and character
// references decoded (through Gumbo); whitespace collapsed either way, and
// no-break spaces made plain spaces.
std::string FeedPlainText(std::string_view text, bool is_html);

}  // namespace corpusd
