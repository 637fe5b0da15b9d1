// Caps how deep an HTML document nests before Gumbo parses it.
//
// Gumbo 0.10.1 rescans its stack of open elements for many start tags, so its
// parse time grows with depth x tags: 100,000 nested <div> take 37 s. Browsers
// cap the tree depth instead (Blink: 512). This pass models the depth Gumbo's
// tree builder will reach and rewrites start tags that would go deeper than the
// cap: block-level ones become <br> (the text keeps its paragraph break),
// others are dropped. Pure; see the .cc for what the model covers.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace corpusd {

inline constexpr std::size_t kMaxHtmlDepth = 512;

// Returns true and fills *out when `html` had to be rewritten; false (and *out
// untouched) when it already stays within `max_depth`, the common case.
bool LimitHtmlNesting(std::string_view html, std::size_t max_depth, std::string* out);

}  // namespace corpusd
