// The clean stage: paragraphs of decoded, repaired text in, paragraphs a
// corpus can trust out: Unicode NFC; control, format and invisible characters
// removed (C0/C1 controls, BOMs, soft hyphens, zero-width spaces, bidi
// controls); every space variant made a plain space and runs collapsed;
// paragraphs trimmed and empty ones dropped. Letters, punctuation and scripts
// are never changed. Debris removal is a later stage. Pure.
#pragma once

#include <string>
#include <vector>

#include "core/status.h"

namespace corpusd {

// One paragraph may hold single "\n" line breaks (from <pre>); runs of them
// are collapsed to one.
Result<std::vector<std::string>> CleanParagraphs(const std::vector<std::string>& paragraphs);

// The cleaned paragraphs as the record's text: joined by one blank line.
std::string JoinParagraphs(const std::vector<std::string>& paragraphs);

}  // namespace corpusd
