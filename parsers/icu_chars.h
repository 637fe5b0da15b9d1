// Unicode character properties (ICU's uchar): letter case and classes for
// the layout repairs. The one file pair that includes unicode/uchar.h.
#pragma once

namespace corpusd::chars {

bool IsLetter(char32_t c);
bool IsUppercase(char32_t c);  // Lu and Lt
bool IsLowercase(char32_t c);  // Ll
// Letters, digits and combining marks: what words are made of.
bool IsWordChar(char32_t c);

}  // namespace corpusd::chars
