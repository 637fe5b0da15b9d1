// How much a piece of text looks like mojibake. The heuristic follows
// python-ftfy's: the few hundred characters that UTF-8 turns into when it is
// decoded as a legacy single-byte charset (accented capitals, C1 controls,
// currency and math signs, box drawing, ...) fall into a dozen classes, and
// some juxtapositions of those classes ("Ã©", "â€œ", "Ð¿") almost never occur
// in text written on purpose. Each such juxtaposition counts one.
//
// Used by the mojibake fixer to decide whether to try a repair at all and
// whether a repair made things better. Pure and thread-safe.
#pragma once

#include <string_view>

namespace corpusd::mojibake {

// The number of unlikely sequences in `text` (0 for text that looks right).
int Badness(std::u32string_view text);

// Badness(text) > 0, stopping at the first unlikely sequence.
bool IsBad(std::u32string_view text);

// The number of characters from blocks that text rarely uses (IPA, Latin
// Extended-B but for Vietnamese, pinyin and Romanian letters, combining
// marks, historic Cyrillic, private use, C1 controls, ...): mojibake decoded
// through the wrong charset lands there. Breaks ties between repairs.
int Rarity(std::u32string_view text);

// Whether `cp` can make a sequence unlikely. Text made only of ASCII and
// code points for which this is false (letters of most scripts, curly
// quotes, dashes, ...) cannot be bad: the fast path.
bool IsSuspect(char32_t cp);

}  // namespace corpusd::mojibake
