#include "parsers/dates/date_names.h"

#include <cstdio>
#include <cstdlib>
#include <utility>

#include "parsers/text/language_tag.h"

namespace corpusd {

const DateNames& DateNames::Get() {
  static const DateNames* const names = [] {
    Result<DateNamesTable> table = ReadDateNamesTable(kBuiltDateNamesTable);
    if (!table.ok()) {
      // The build wrote this text and a test reads it back: failing here is
      // a broken build, not bad input.
      std::fprintf(stderr, "corpusd: %s\n", table.status().message().c_str());
      std::abort();
    }
    return new DateNames(std::move(*table));  // shared, never destroyed
  }();
  return *names;
}

DateNames::DateNames(DateNamesTable table) : table_(std::move(table)) {
  meanings_.reserve(table_.entries.size());
  for (const DateNameEntry& entry : table_.entries) meanings_.push_back(entry.meaning);
  for (std::uint32_t i = 0; i < table_.entries.size();) {
    const std::string_view name = table_.entries[i].name;
    std::uint32_t end = i + 1;
    while (end < table_.entries.size() && table_.entries[end].name == name) ++end;
    index_.emplace(name, std::make_pair(i, end));
    maybe_.set(Sketch(name));
    i = end;
  }
  for (const std::string& word : table_.first_words) {
    first_words_.insert(word);
    starts_longer_.set(Sketch(word));
  }
  time_links_.insert(table_.time_links.begin(), table_.time_links.end());
  time_words_.insert(table_.time_words.begin(), table_.time_words.end());
  day_periods_.insert(table_.day_periods.begin(), table_.day_periods.end());
}

std::size_t DateNames::Sketch(std::string_view folded) {
  const auto byte = [&](std::size_t i) {
    return i < folded.size() ? static_cast<std::size_t>(static_cast<unsigned char>(folded[i])) : 0;
  };
  const std::size_t last = folded.empty() ? 0 : byte(folded.size() - 1);
  const std::size_t h = byte(0) * 0x9E3779B1u ^ byte(1) * 0x85EBCA77u ^ last * 0xC2B2AE3Du ^
                        std::min<std::size_t>(folded.size(), 63) * 0x27D4EB2Fu;
  return (h ^ (h >> 16)) % kSketchBits;
}

std::span<const DateNameMeaning> DateNames::Find(std::string_view folded) const {
  if (!maybe_.test(Sketch(folded))) return {};  // no name starts, ends and is as long as it
  const auto it = index_.find(folded);
  if (it == index_.end()) return {};
  const auto [first, last] = it->second;
  return {meanings_.data() + first, last - first};
}

bool DateNames::IsTimeLink(std::string_view folded) const { return time_links_.contains(folded); }

bool DateNames::WritesDottedTimes(std::string_view bcp47) const {
  const int index = LanguageIndex(bcp47);
  return index >= 0 && table_.dotted_times[static_cast<std::size_t>(index)];
}

bool DateNames::IsTimeWord(std::string_view folded) const { return time_words_.contains(folded); }

int DateNames::DayPeriod(std::string_view key) const {
  const auto it = day_periods_.find(key);
  return it == day_periods_.end() ? -1 : it->second;
}

bool DateNames::StartsLongerName(std::string_view folded) const {
  return starts_longer_.test(Sketch(folded)) && first_words_.contains(folded);
}

int DateNames::LanguageIndex(std::string_view bcp47) const {
  const std::string primary = PrimaryLanguage(bcp47);
  for (std::size_t i = 0; i < table_.languages.size(); ++i) {
    if (table_.languages[i] == primary) return static_cast<int>(i);
  }
  return -1;
}

std::optional<DateNameMeaning> DateNames::Month(std::string_view folded,
                                                const DateNamePolicy& policy) const {
  return Lookup(folded, /*weekday=*/false, policy);
}

std::optional<DateNameMeaning> DateNames::Weekday(std::string_view folded,
                                                  const DateNamePolicy& policy) const {
  return Lookup(folded, /*weekday=*/true, policy);
}

std::optional<DateNameMeaning> DateNames::Lookup(std::string_view folded, bool weekday,
                                                 const DateNamePolicy& policy) const {
  // Most words are no date name: look the word up before the hint, which
  // costs a string (this was a tenth of all normalization time).
  const std::span<const DateNameMeaning> meanings = Find(folded);
  if (meanings.empty()) return std::nullopt;
  const int hint = policy.language.empty() ? -1 : LanguageIndex(policy.language);
  // Lower ranks win: the hint's meaning, then English, then table order.
  int best_rank = -1;
  std::optional<DateNameMeaning> best;
  for (const DateNameMeaning& m : meanings) {
    if (m.weekday != weekday) continue;
    const int language = m.language;
    int rank;
    if (language == hint) {
      rank = 0;
    } else if (language == kEnglish) {
      rank = 1;
    } else if (static_cast<std::size_t>(language) >= table_.first_hint_only) {
      continue;
    } else {
      if (m.abbreviated ? !policy.any_language_short : !policy.any_language_wide) continue;
      rank = 2 + language;
    }
    if (best_rank < 0 || rank < best_rank) {
      best_rank = rank;
      best = m;
    }
  }
  return best;
}

}  // namespace corpusd
