// Bare ampersands in XML: "Tom & Jerry", "AT&T" and, most of all, links such
// as "<link>https://example.com/?a=1&b=2</link>" are everywhere in
// hand-made feeds. libxml2's recovery drops them together with the name that
// follows ("?a=1=2"), so they are escaped before it parses. Pure.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace corpusd {

// What EscapeBareAmpersands did.
struct AmpersandFix {
  bool changed = false;  // `*out` holds the document to parse
  std::string problem;   // the first thing that was not well-formed ("unescaped '&'", ...)
};

// Writes `xml` into `*out` (only when something changes) with every "&" that
// starts no entity or character reference ("&name;", "&#123;", "&#x1F;")
// made "&amp;", as is every "&name;" that `known` does not know (it stays
// literal, as feed readers show it, instead of vanishing), and "&#X41;"
// written "&#x41;" (XML wants a small x). CDATA sections, comments and
// processing instructions are copied as they are.
AmpersandFix EscapeBareAmpersands(std::string_view xml, std::string* out,
                                  const std::function<bool(std::string_view)>& known);

}  // namespace corpusd
