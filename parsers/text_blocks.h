// The parse stage for plain text: lines in, paragraphs out. A blank line
// always ends a paragraph; a line break ends one too, unless the next line
// plainly continues the sentence (the line ends without sentence-final
// punctuation and the next starts in lower case), as in hard-wrapped text.
// Deeper repair of wrapping (across blank lines too) belongs to the
// normalization stage. Pure.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace corpusd {

// Paragraphs of UTF-8 text; "\r\n" and "\r" count as line breaks. Lines are
// trimmed of ASCII space; empty paragraphs are dropped.
std::vector<std::string> SplitTextParagraphs(std::string_view utf8);

}  // namespace corpusd
