// Repairing the characters of decoded text: mojibake (UTF-8 that was decoded
// as windows-1252, latin-1, cp1251, MacRoman, ... once or several times over)
// restored, and HTML entities left in text decoded once. Correct text is never
// changed: Hungarian "Orbán", Cyrillic, Greek, CJK, emoji, symbols and
// deliberate non-ASCII stay as written. Pure and thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/record.h"

namespace corpusd {

struct FixedText {
  std::string text;
  std::vector<Repair> repairs;  // empty when nothing was changed
};

// Repairs one piece of text (a line or a paragraph). Idempotent:
// FixText(FixText(x).text).text == FixText(x).text.
FixedText FixText(std::string_view utf8);

}  // namespace corpusd
