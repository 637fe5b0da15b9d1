#include "parsers/dates/date_names_cldr.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "parsers/dates/date_tokens.h"
#include "parsers/dates/icu_calendar.h"
#include "parsers/text/language_tag.h"

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

// The NameKey of a name as CLDR writes it, its trailing dots dropped; empty
// when it does not start with a word, has too many tokens, or (unless
// `one_letter`) is one letter alone.
std::string WrittenNameKey(std::string_view name, bool one_letter) {
  const std::vector<DateToken> tokens = TokenizeForDates(name);
  std::size_t n = tokens.size();
  while (n > 1 && IsSymbol(tokens[n - 1], ".")) --n;
  if (n == 0 || n > kMaxDateNameTokens || tokens[0].kind != DateTokenKind::kWord) return {};
  if (!one_letter && n == 1 && tokens[0].cp_end - tokens[0].cp_begin < 2) return {};
  return NameKey(tokens, 0, n);
}

// Adds a name as the grammars will see it (see NameKey): "juli", "tháng 7",
// "كانون الثاني", Thai "ม.ค" (a trailing dot is dropped: "juil." is
// "juil"). Names that start with a digit ("1月") are left out, as the CJK
// grammar reads them, and so are names with symbols other than dots
// ("d’abril"), as the same locale's stand-alone form covers them.
void AddName(std::string_view name, DateNameMeaning meaning, std::vector<DateNameEntry>& out) {
  // One letter alone is never enough to call a word a name.
  std::string key = WrittenNameKey(name, /*one_letter=*/false);
  if (key.empty()) return;
  out.push_back({std::move(key), meaning});
}

void AddForms(const std::vector<std::string>& forms, DateNameMeaning meaning,
              std::vector<DateNameEntry>& out) {
  for (const std::string& form : forms) AddName(form, meaning, out);
}

// The words of CLDR's time links and time words, and its day periods.
struct TimeVocabulary {
  std::set<std::string> time_links;
  std::set<std::string> time_words;
  std::map<std::string, int> day_periods;  // -1: before noon in one locale, after it in another

  void Add(const LocaleDateNames& names) {
    const auto add_words = [](const std::vector<std::string>& phrases, std::set<std::string>& out) {
      for (const std::string& phrase : phrases) {
        for (const DateToken& t : TokenizeForDates(phrase)) {
          if (t.kind == DateTokenKind::kWord) out.insert(t.text);
        }
      }
    };
    add_words(names.time_links, time_links);
    add_words(names.time_words, time_words);
    for (int period = 0; period < 2; ++period) {
      for (const std::string& marker : names.day_periods[period]) {
        // Arabic's are one letter: "ص", "م".
        const std::string key = WrittenNameKey(marker, /*one_letter=*/true);
        if (key.empty()) continue;
        const int hours = period * 12;
        const auto [it, added] = day_periods.emplace(key, hours);
        if (!added && it->second != hours) it->second = -1;
      }
    }
  }
};

}  // namespace

Result<DateNamesTable> DateNamesTableFromCldr() {
  DateNamesTable table;
  std::vector<DateNameEntry> entries;
  TimeVocabulary vocabulary;
  const auto language_index = [&](std::string_view bcp47) {
    const auto it =
        std::find(table.languages.begin(), table.languages.end(), PrimaryLanguage(bcp47));
    return it == table.languages.end() ? -1 : static_cast<int>(it - table.languages.begin());
  };
  std::vector<const char*> locales(kLocales.begin(), kLocales.end());
  locales.insert(locales.end(), kHintOnlyLocales.begin(), kHintOnlyLocales.end());
  for (const char* locale : locales) {
    if (locale == kHintOnlyLocales.front()) table.first_hint_only = table.languages.size();
    const std::string language = PrimaryLanguage(locale);
    auto it = std::find(table.languages.begin(), table.languages.end(), language);
    if (it == table.languages.end()) it = table.languages.insert(table.languages.end(), language);
    const auto index = static_cast<std::uint8_t>(it - table.languages.begin());

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
    vocabulary.Add(*names);
    if (table.dotted_times.size() <= index) table.dotted_times.resize(index + 1u, false);
    if (names->dotted_times && !locale_is_regional) table.dotted_times[index] = true;
  }
  table.dotted_times.resize(table.languages.size(), false);
  if (entries.empty()) return Status::Internal("ICU has no CLDR date names, not even English's");
  if (const int persian = language_index("fa"); persian >= 0) {
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
    const int language = language_index(extra.language);
    if (language < 0) continue;
    AddName(
        extra.name,
        {static_cast<std::uint8_t>(extra.month), false, true, static_cast<std::uint8_t>(language)},
        entries);
  }
  for (const ExtraMonthSet& set : kExtraMonthSets) {
    const int language = language_index(set.language);
    if (language < 0) continue;
    for (std::uint8_t m = 0; m < 12; ++m) {
      AddName(set.names[m],
              {static_cast<std::uint8_t>(m + 1), false, false, static_cast<std::uint8_t>(language)},
              entries);
    }
  }

  // One entry per name, language and meaning; a name that is a wide form as
  // well as an abbreviated one ("mai", "May") counts as wide.
  const auto key = [](const DateNameEntry& e) {
    return std::tie(e.name, e.meaning.language, e.meaning.weekday, e.meaning.value);
  };
  std::sort(entries.begin(), entries.end(), [&](const DateNameEntry& a, const DateNameEntry& b) {
    return std::make_tuple(key(a), a.meaning.abbreviated) <
           std::make_tuple(key(b), b.meaning.abbreviated);
  });
  std::set<std::string> first_words;
  for (DateNameEntry& entry : entries) {
    // The wide one came first. (Compared with the entry kept, not the one
    // before in `entries`, whose name was moved out.)
    if (!table.entries.empty() && key(entry) == key(table.entries.back())) continue;
    if (const std::vector<DateToken> parts = TokenizeForDates(entry.name); parts.size() > 1) {
      first_words.insert(entry.name.substr(0, parts[0].byte_end));
    }
    table.entries.push_back(std::move(entry));
  }
  table.first_words.assign(first_words.begin(), first_words.end());
  table.time_links.assign(vocabulary.time_links.begin(), vocabulary.time_links.end());
  table.time_words.assign(vocabulary.time_words.begin(), vocabulary.time_words.end());
  // A day period that is before noon in one locale and after it in another
  // says nothing.
  for (const auto& [period, hours] : vocabulary.day_periods) {
    if (hours >= 0) table.day_periods.emplace_back(period, hours);
  }
  return table;
}

}  // namespace corpusd
