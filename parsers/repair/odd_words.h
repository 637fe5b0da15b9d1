// Words that nobody writes on purpose, as a check on repairs: a repair of
// mojibake gives back words of one script and one case pattern, so one that
// makes a word mix scripts ("smorzerਠ": Latin and Gurmukhi, from Italian
// "smorzerà¨" read as mojibake) or puts a small letter inside a word of
// capitals ("PRECOMì", from Romanian "PRECOMĂ¬") has taken correct text for
// mojibake. Pure and thread-safe.
#pragma once

#include <string_view>

namespace corpusd::mojibake {

// How odd the words (runs of letters, digits and marks) of `text` are: one
// for each that holds letters of two scripts, one more for each that holds
// two or more capitals and a small letter.
int OddWords(std::u32string_view text);

}  // namespace corpusd::mojibake
