// Repairing the characters of decoded text: mojibake (UTF-8 that was decoded
// as windows-1252, latin-1, cp1251, MacRoman, ... once or several times over)
// restored, and HTML entities left in text decoded once. Correct text is never
// changed: Hungarian "Orbán", Cyrillic, Greek, CJK, emoji, symbols and
// deliberate non-ASCII stay as written. Pure and thread-safe.
//
// How (see mojibake_fixer.h for the mojibake): first the HTML character
// references, "&name;" for the names of HTML 4 (Latin-1, Greek, symbols,
// typographic punctuation) and "&#233;", "&#x2764;", each decoded once, with
// its semicolon only ("AT&T", "a & b" and "&copy" stay), and not at all in
// text that holds tags ("<p>Fish &amp; chips</p>" is markup, or about it);
// then mojibake, in what the references held too ("&Atilde;&copy;" is "é").
//
// Text of ASCII without '&', or whose other characters cannot take part in
// mojibake (most letters of most scripts, curly quotes, dashes), takes a fast
// path: one scan, no copy beyond the result.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/record.h"

namespace corpusd {

struct FixedText {
  std::string text;
  std::vector<Repair> repairs;  // empty when nothing was changed
  // The text looked like mojibake (mojibake_badness.h), but no repair was
  // convincing enough (valid UTF-8, less bad, no rarer characters, words of
  // one script and case pattern): it was left as written. The pipeline
  // records it as the repair kind "mojibake:left-alone", so that a reader
  // can find what was doubted and not changed.
  bool left_alone = false;
};

// Repairs one piece of text (a line or a paragraph), given as UTF-8 (an
// ill-formed sequence counts as U+FFFD, but is kept as it is unless
// something else is repaired). Repairs are reported as
// "mojibake:CHARSET" (one per layer or run undone; CHARSET is latin-1,
// windows-1250 to -1254, windows-1257, iso-8859-2, macintosh or cp437),
// "mojibake:c1-controls" (C1 controls read as windows-1252, one per
// character) and "html-entities" (one per reference).
//
// Idempotent: FixText(FixText(x).text).text == FixText(x).text; except for
// text escaped twice or more, where each call decodes one level of
// references ("&amp;amp;" becomes "&amp;", then "&"): the level left may be
// meant, as in text about HTML.
FixedText FixText(std::string_view utf8);

}  // namespace corpusd
