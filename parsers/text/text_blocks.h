// The parse stage for plain text: its lines. Each non-blank line is a
// paragraph here; lines that a hard wrap split are joined again after the
// characters are repaired (JoinWrappedParagraphs in text_layout.h), since
// deciding needs their letters. Pure.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace corpusd {

// The non-blank lines of UTF-8 text, trimmed of ASCII space; "\r\n" and
// "\r" count as line breaks.
std::vector<std::string> SplitTextParagraphs(std::string_view utf8);

}  // namespace corpusd
