// Unicode character properties (ICU's uchar): letter case and classes for
// the layout repairs. The one file pair that includes unicode/uchar.h.
#pragma once

namespace corpusd::chars {

bool IsLetter(char32_t c);
bool IsUppercase(char32_t c);  // Lu and Lt
bool IsLowercase(char32_t c);  // Ll
// The simple lowercase of a letter (ICU's u_tolower); c itself if it has none.
char32_t ToLower(char32_t c);
// Unicode's White_Space property (tabs, line breaks, NBSP, the em and thin
// spaces, the ideographic space, ...).
bool IsWhiteSpace(char32_t c);
// Letters, digits and combining marks: what words are made of.
bool IsWordChar(char32_t c);

// The writing system a letter belongs to, as a small number: 0 for
// characters of no one script (digits, punctuation, symbols, combining
// marks); Han, Hiragana and Katakana are one (Japanese writes them mixed),
// Hangul and Han too. Other scripts are ICU's script codes.
int ScriptFamily(char32_t c);

// Whether Unicode has assigned the code point (any category but Cn).
bool IsAssigned(char32_t c);

}  // namespace corpusd::chars
