#include "parsers/dates/date_names.h"

#include <algorithm>
#include <array>
#include <tuple>
#include <utility>

#include "parsers/dates/date_tokens.h"
#include "parsers/dates/icu_calendar.h"

namespace corpusd {
namespace {

// The locales whose names are read (English first: DateNames::kEnglish), most used on the news web
// first: the order decides clashes when no language hint settles them (so "listopad" is November,
// as in Polish and Czech, unless the hint is Croatian). de_AT adds "Jänner", fr_CA "juill."; sr and
// sr_Latn are Serbian's two scripts; ar_SY adds the Syriac month names of the Levant's Arabic
// ("نيسان", "كانون الثاني").
constexpr std::array<const char*, 55> kLocales = {
    "en", "de", "fr", "es", "it", "pt",  "nl", "ru",      "uk",    "pl",    "cs",
    "sk", "sv", "da", "nb", "nn", "fi",  "hu", "ro",      "bg",    "el",    "tr",
    "sl", "hr", "bs", "sr", "mk", "be",  "lt", "lv",      "et",    "ca",    "gl",
    "eu", "sq", "id", "ms", "vi", "af",  "is", "he",      "ar",    "fa",    "hi",
    "kk", "az", "ka", "hy", "sw", "fil", "th", "sr_Latn", "de_AT", "ar_SY", "fr_CA"};

// Locales whose names are read only on a page or text in their language:
// they came with the round trip of every CLDR date format
// (tests/parsers/dates/date_formats_round_trip_test.cc), and their short
// names are words of the languages above (Luxembourgish "Son." is Sunday;
// Turkish "son" is "last"). Chinese, Japanese and Korean dates are read by
// the CJK grammar; their locales add weekday names and day periods.
constexpr std::array<const char*, 27> kHintOnlyLocales = {
    "ur", "bn", "ta", "mr", "ne", "te", "kn", "ml", "gu", "pa", "si", "km", "my", "uz",
    "ky", "tg", "tk", "mn", "ps", "am", "cy", "ga", "mt", "lb", "zh", "ja", "ko"};

// Spellings news writes that CLDR does not list.
struct ExtraMonth {
  const char* language;
  const char* name;
  int month;
};
constexpr ExtraMonth kExtraMonths[] = {
    {"en", "Sept", 9},
    {"en", "Febr", 2},
    // German's usual three letters where CLDR writes "März", "Juni", "Juli".
    {"de", "Mär", 3},
    {"de", "Mrz", 3},
};

// Whole sets of case forms CLDR lacks: the genitive Serbian and Bosnian
// write after a day ("5. јула"), and the locative of "в марте", "у березні",
// "jūlijā" (in March, in July).
struct ExtraMonthSet {
  const char* language;
  std::array<const char*, 12> names;
};
constexpr ExtraMonthSet kExtraMonthSets[] = {
    {"sr",
     {"јануара", "фебруара", "марта", "априла", "маја", "јуна", "јула", "августа", "септембра",
      "октобра", "новембра", "децембра"}},
    {"sr",
     {"januara", "februara", "marta", "aprila", "maja", "juna", "jula", "avgusta", "septembra",
      "oktobra", "novembra", "decembra"}},
    {"bs",
     {"januara", "februara", "marta", "aprila", "maja", "juna", "jula", "augusta", "septembra",
      "oktobra", "novembra", "decembra"}},
    {"ru",
     {"январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре",
      "октябре", "ноябре", "декабре"}},
    {"uk",
     {"січні", "лютому", "березні", "квітні", "травні", "червні", "липні", "серпні", "вересні",
      "жовтні", "листопаді", "грудні"}},
    {"lv",
     {"janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī",
      "oktobrī", "novembrī", "decembrī"}},
};

// Locales whose Solar Hijri month names are read: Iran's and Afghanistan's
// (where Dari names them after the zodiac: "حمل", "ثور").
constexpr std::array<const char*, 2> kPersianCalendarLocales = {"fa", "fa_AF"};

// Persian written with the Arabic letters yeh and kaf, as many sites do
// ("ارديبهشت" for "اردیبهشت").
std::string WithArabicLetters(std::string_view persian) {
  std::string out(persian);
  for (const auto& [from, to] : {std::pair<std::string_view, std::string_view>{"ی", "ي"},
                                 std::pair<std::string_view, std::string_view>{"ک", "ك"}}) {
    for (std::size_t at = out.find(from); at != std::string::npos; at = out.find(from, at)) {
      out.replace(at, from.size(), to);
      at += to.size();
    }
  }
  return out;
}

struct Entry {
  std::string name;
  DateNameMeaning meaning;
};

// Adds a name as the grammars will see it (see NameKey): "juli", "tháng 7",
// "كانون الثاني", Thai "ม.ค" (a trailing dot is dropped: "juil." is
// "juil"). Names that start with a digit ("1月") are left out, as the CJK
// grammar reads them, and so are names with symbols other than dots
// ("d’abril"), as the same locale's stand-alone form covers them.
// The NameKey of a name as CLDR writes it, its trailing dots dropped; empty
// when it does not start with a word, has too many tokens, or (unless
// `one_letter`) is one letter alone.
std::string WrittenNameKey(std::string_view name, bool one_letter) {
  const std::vector<DateToken> tokens = TokenizeForDates(name);
  std::size_t n = tokens.size();
  while (n > 1 && IsSymbol(tokens[n - 1], ".")) --n;
  if (n == 0 || n > DateNames::kMaxNameTokens || tokens[0].kind != DateTokenKind::kWord) return {};
  if (!one_letter && n == 1 && tokens[0].cp_end - tokens[0].cp_begin < 2) return {};
  return NameKey(tokens, 0, n);
}

void AddName(std::string_view name, DateNameMeaning meaning, std::vector<Entry>& out) {
  // One letter alone is never enough to call a word a name.
  std::string key = WrittenNameKey(name, /*one_letter=*/false);
  if (key.empty()) return;
  out.push_back({std::move(key), meaning});
}

void AddForms(const std::vector<std::string>& forms, DateNameMeaning meaning,
              std::vector<Entry>& out) {
  for (const std::string& form : forms) AddName(form, meaning, out);
}

}  // namespace

std::string PrimaryLanguage(std::string_view bcp47) {
  std::string out;
  for (const char c : bcp47) {
    if (c == '-' || c == '_') break;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  // Older or macrolanguage tags for languages the table lists otherwise.
  if (out == "no") return "nb";
  if (out == "tl") return "fil";
  if (out == "iw") return "he";
  if (out == "in") return "id";
  return out;
}

std::string RegionSubtag(std::string_view bcp47) {
  std::size_t start = 0;
  while (start < bcp47.size()) {
    std::size_t end = bcp47.find_first_of("-_", start);
    if (end == std::string_view::npos) end = bcp47.size();
    if (start > 0 && end - start == 2) {
      std::string region;
      for (const char c : bcp47.substr(start, 2)) {
        region.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
      }
      return region;
    }
    start = end + 1;
  }
  return {};
}

const DateNames& DateNames::Get() {
  static const DateNames* const names = new DateNames();  // shared, never destroyed
  return *names;
}

DateNames::DateNames() {
  std::vector<Entry> entries;
  std::vector<const char*> locales(kLocales.begin(), kLocales.end());
  locales.insert(locales.end(), kHintOnlyLocales.begin(), kHintOnlyLocales.end());
  for (const char* locale : locales) {
    if (locale == kHintOnlyLocales.front()) first_hint_only_ = languages_.size();
    const std::string language = PrimaryLanguage(locale);
    auto it = std::find(languages_.begin(), languages_.end(), language);
    if (it == languages_.end()) it = languages_.insert(languages_.end(), language);
    const auto index = static_cast<std::uint8_t>(it - languages_.begin());

    // A locale ICU lacks only loses its names: dates written in it go unread.
    const Result<LocaleDateNames> names = LoadLocaleDateNames(locale);
    // A regional locale ("de_AT") adds names; its language's ways are the
    // main locale's.
    const bool locale_is_regional = std::string_view(locale).find('_') != std::string_view::npos;
    if (!names.ok()) continue;
    for (std::uint8_t m = 0; m < 12; ++m) {
      AddForms(names->months[m], {static_cast<std::uint8_t>(m + 1), false, false, index}, entries);
      AddForms(names->short_months[m], {static_cast<std::uint8_t>(m + 1), false, true, index},
               entries);
      // The names with what the locale's formats glue to them ("ביולי",
      // "uztailaren").
      for (const auto& [forms, abbreviated] :
           {std::pair{&names->months[m], false}, std::pair{&names->short_months[m], true}}) {
        const DateNameMeaning meaning{static_cast<std::uint8_t>(m + 1), false, abbreviated, index};
        for (const std::string& name : *forms) {
          for (const std::string& prefix : names->month_prefixes) {
            AddName(prefix + name, meaning, entries);
          }
          for (const std::string& suffix : names->month_suffixes) {
            AddName(name + suffix, meaning, entries);
          }
        }
      }
    }
    for (std::uint8_t d = 0; d < 7; ++d) {
      AddForms(names->weekdays[d], {d, true, false, index}, entries);
      AddForms(names->short_weekdays[d], {d, true, true, index}, entries);
    }
    AddTimeVocabulary(*names);
    if (dotted_times_.size() <= index) dotted_times_.resize(index + 1u, false);
    if (names->dotted_times && !locale_is_regional) dotted_times_[index] = true;
  }
  // A day period that is before noon in one locale and after it in another
  // says nothing.
  for (auto it = day_periods_.begin(); it != day_periods_.end();) {
    it = it->second < 0 ? day_periods_.erase(it) : std::next(it);
  }
  if (const int persian = LanguageIndex("fa"); persian >= 0) {
    for (const char* locale : kPersianCalendarLocales) {
      const Result<LocaleDateNames> names = LoadLocaleDateNames(locale, "persian");
      if (!names.ok()) continue;
      for (std::uint8_t m = 0; m < 12; ++m) {
        const DateNameMeaning meaning{static_cast<std::uint8_t>(m + 1 + kPersianMonthOffset), false,
                                     false, static_cast<std::uint8_t>(persian)};
        for (const std::string& name : names->months[m]) {
          AddName(name, meaning, entries);
          AddName(WithArabicLetters(name), meaning, entries);
        }
      }
    }
  }
  for (const ExtraMonth& extra : kExtraMonths) {
    const int language = LanguageIndex(extra.language);
    if (language < 0) continue;
    AddName(
        extra.name,
        {static_cast<std::uint8_t>(extra.month), false, true, static_cast<std::uint8_t>(language)},
        entries);
  }
  for (const ExtraMonthSet& set : kExtraMonthSets) {
    const int language = LanguageIndex(set.language);
    if (language < 0) continue;
    for (std::uint8_t m = 0; m < 12; ++m) {
      AddName(set.names[m],
              {static_cast<std::uint8_t>(m + 1), false, false, static_cast<std::uint8_t>(language)},
              entries);
    }
  }

  // One entry per name, language and meaning; a name that is a wide form as
  // well as an abbreviated one ("mai", "May") counts as wide.
  const auto key = [](const Entry& e) {
    return std::tie(e.name, e.meaning.language, e.meaning.weekday, e.meaning.value);
  };
  std::sort(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) {
    return std::make_tuple(key(a), a.meaning.abbreviated) <
           std::make_tuple(key(b), b.meaning.abbreviated);
  });
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (i > 0 && key(entries[i]) == key(entries[i - 1])) continue;  // the wide one came first
    names_.push_back(std::move(entries[i].name));
    meanings_.push_back(entries[i].meaning);
  }
  for (std::uint32_t i = 0; i < names_.size();) {
    std::uint32_t end = i + 1;
    while (end < names_.size() && names_[end] == names_[i]) ++end;
    index_.emplace(names_[i], std::make_pair(i, end));
    maybe_.set(Sketch(names_[i]));
    if (const std::vector<DateToken> parts = TokenizeForDates(names_[i]); parts.size() > 1) {
      const std::string_view first = std::string_view(names_[i]).substr(0, parts[0].byte_end);
      first_words_.insert(first);
      starts_longer_.set(Sketch(first));
    }
    i = end;
  }
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

void DateNames::AddTimeVocabulary(const LocaleDateNames& names) {
  const auto add_words = [](const std::vector<std::string>& phrases, WordSet& out) {
    for (const std::string& phrase : phrases) {
      for (const DateToken& t : TokenizeForDates(phrase)) {
        if (t.kind == DateTokenKind::kWord) out.insert(t.text);
      }
    }
  };
  add_words(names.time_links, time_links_);
  add_words(names.time_words, time_words_);
  for (int period = 0; period < 2; ++period) {
    for (const std::string& marker : names.day_periods[period]) {
      // Arabic's are one letter: "ص", "م".
      const std::string key = WrittenNameKey(marker, /*one_letter=*/true);
      if (key.empty()) continue;
      const int hours = period * 12;
      const auto [it, added] = day_periods_.emplace(key, hours);
      if (!added && it->second != hours) it->second = -1;
    }
  }
}

bool DateNames::IsTimeLink(std::string_view folded) const { return time_links_.contains(folded); }

bool DateNames::WritesDottedTimes(std::string_view bcp47) const {
  const int index = LanguageIndex(bcp47);
  return index >= 0 && static_cast<std::size_t>(index) < dotted_times_.size() &&
         dotted_times_[static_cast<std::size_t>(index)];
}

bool DateNames::IsTimeWord(std::string_view folded) const { return time_words_.contains(folded); }

int DateNames::DayPeriod(std::string_view key) const {
  const auto it = day_periods_.find(key);
  return it == day_periods_.end() ? -1 : it->second;
}

std::string NameKey(std::span<const DateToken> tokens, std::size_t i, std::size_t n) {
  std::string key;
  for (std::size_t k = i; k < i + n; ++k) {
    const DateToken& t = tokens[k];
    if (t.kind == DateTokenKind::kSymbol && (t.text != "." || t.space_before || k == i)) return {};
    if (k > i && t.space_before) key += ' ';
    key += t.text;
  }
  return key;
}

bool DateNames::StartsLongerName(std::string_view folded) const {
  return starts_longer_.test(Sketch(folded)) && first_words_.contains(folded);
}

int DateNames::LanguageIndex(std::string_view bcp47) const {
  const std::string primary = PrimaryLanguage(bcp47);
  for (std::size_t i = 0; i < languages_.size(); ++i) {
    if (languages_[i] == primary) return static_cast<int>(i);
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
    } else if (static_cast<std::size_t>(language) >= first_hint_only_) {
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
