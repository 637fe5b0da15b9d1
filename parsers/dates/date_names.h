// Month and weekday names in many languages, case-folded, for reading dates:
// the table CLDR gave when corpusd was built (date_names_table.h, made by
// date_names_cldr.h), indexed once, on first use. Immutable after that and
// safe to share between threads.
#pragma once

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "parsers/dates/date_names_table.h"
#include "parsers/dates/date_tokens.h"

namespace corpusd {

// Which names a look-up may use. Month names of different languages can
// clash ("listopad" is November in Polish and Czech but October in
// Croatian), and short ones are ordinary words elsewhere ("mar", "set"), so
// running text asks for less than a whole date string does.
struct DateNamePolicy {
  std::string_view language;       // BCP 47 hint ("pt-BR"); its names win clashes
  bool any_language_wide = true;   // wide names of languages other than English and the hint
  bool any_language_short = true;  // abbreviated names of those languages
};

class DateNames {
 public:
  // The process-wide table, built on the first call (thread-safe).
  static const DateNames& Get();

  // Every meaning of a case-folded word, in no particular order.
  std::span<const DateNameMeaning> Find(std::string_view folded) const;

  // The month or weekday a folded word names under `policy`: the hint
  // language's meaning first, then English, then the first language in the
  // table's order (the languages read only under their own hint left out).
  // nullopt when it names none.
  std::optional<DateNameMeaning> Month(std::string_view folded, const DateNamePolicy& policy) const;
  std::optional<DateNameMeaning> Weekday(std::string_view folded,
                                         const DateNamePolicy& policy) const;

  // Names of more than one token ("tháng 7", "كانون الثاني", "bazar ertəsi",
  // Thai "ม.ค") are looked up by their NameKey; this says whether any of
  // them starts with the word `folded`.
  bool StartsLongerName(std::string_view folded) const;

  // The words CLDR's date-time patterns of these locales write between a
  // date and its time ("at", "um", "στις", "a les", "pukul", "בשעה"), and
  // around a time ("ч", "बजे"), folded; and their day periods ("pm",
  // "μ.μ", "오후", "e pasdites", by NameKey): 0 before noon, 12 after, -1
  // for none.
  bool IsTimeLink(std::string_view folded) const;
  // Whether the language (BCP 47) writes its times with a dot ("15.30").
  bool WritesDottedTimes(std::string_view bcp47) const;
  bool IsTimeWord(std::string_view folded) const;
  int DayPeriod(std::string_view key) const;

  // The index of English in languages(): its names are always allowed.
  static constexpr int kEnglish = 0;

  // Primary language subtags ("en", "de", "sr"), in the table's order.
  const std::vector<std::string>& languages() const { return table_.languages; }

  // The language index `bcp47`'s primary subtag has, or -1.
  int LanguageIndex(std::string_view bcp47) const;

 private:
  explicit DateNames(DateNamesTable table);
  std::optional<DateNameMeaning> Lookup(std::string_view folded, bool weekday,
                                        const DateNamePolicy& policy) const;

  DateNamesTable table_;
  // The meanings of table_.entries, in its order: Find hands out runs.
  std::vector<DateNameMeaning> meanings_;
  // Each distinct name (viewing table_, which never changes after
  // construction) to its run [first, last) in the entries: Find is called
  // for most words of every text.
  std::unordered_map<std::string_view, std::pair<std::uint32_t, std::uint32_t>> index_;
  // A sketch of the names (first two bytes, last byte and length) that
  // answers "no" for most words without hashing them; a set bit may still
  // be no name.
  static constexpr std::size_t kSketchBits = std::size_t{1} << 16;
  static std::size_t Sketch(std::string_view folded);
  std::bitset<kSketchBits> maybe_;
  // The first words of the names of more than one word, and their sketch.
  std::unordered_set<std::string_view> first_words_;
  std::bitset<kSketchBits> starts_longer_;
  std::unordered_set<std::string_view> time_links_;
  std::unordered_set<std::string_view> time_words_;
  std::unordered_map<std::string_view, int> day_periods_;
};

}  // namespace corpusd
