// Bare ampersands in XML: "Tom & Jerry", "AT&T" and, most of all, links such
// as "<link>https://example.com/?a=1&b=2</link>" are everywhere in
// hand-made feeds. libxml2's recovery drops them together with the name that
// follows ("?a=1=2"), so they are escaped before it parses. Pure.
#pragma once

#include <string>
#include <string_view>

namespace corpusd {

// Writes `xml` with every "&" that starts no entity or character reference
// ("&name;", "&#123;", "&#x1F;") made "&amp;" into `*out` and returns true;
// returns false, leaving `*out` alone, when there is none. CDATA sections,
// comments and processing instructions are copied as they are.
bool EscapeBareAmpersands(std::string_view xml, std::string* out);

}  // namespace corpusd
