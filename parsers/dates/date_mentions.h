// Dates mentioned in running text ("on Thursday", "October 14", "last month",
// "in 2022", "14 октября"), found and resolved against the publication date
// where there is one. Pure and thread-safe.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/record.h"
#include "parsers/dates/date_normalizer.h"

namespace corpusd {

// Every date mention in `text`, in order, with code-point spans. Mentions
// that need a reference date ("on Thursday", "October 14" without a year,
// "last month") are resolved against `published` and skipped without one.
// `context.language` picks which languages' month names and day words are
// read (without it: wide month names of every language, English day
// words); its time zone is not used. What counts as a mention, and how each
// kind resolves, is written up at the top of date_mentions.cc and in
// date_reference.h.
std::vector<DateMention> FindDateMentions(std::string_view text,
                                          const std::optional<NormalizedDate>& published,
                                          const DateContext& context);

}  // namespace corpusd
