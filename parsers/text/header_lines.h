// Lifting metadata out of the head of a document's text into the record:
// a publication date line ("2024-07-05 06:15:31", "date 2024-07-04 ..."),
// a title line, and a news dateline ("ASTANA (Sputnik) - ..."). What is
// lifted leaves the text and is reported as a removal ("metadata:date",
// "metadata:title", "metadata:dateline"). Pure.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/record.h"
#include "parsers/dates/date_normalizer.h"

namespace corpusd {

struct LiftedHeader {
  std::optional<std::string> title;
  std::optional<NormalizedDate> published;
  std::optional<std::string> dateline;
};

// Looks at the first few paragraphs only. A title is lifted only when
// `lift_title` (plain text has no other place for one) and only from a
// paragraph that reads as a headline: short, and not ending as a sentence.
LiftedHeader LiftHeaderLines(std::vector<std::string>* paragraphs, const DateContext& dates,
                             bool lift_title, std::vector<Removal>* removals);

}  // namespace corpusd
