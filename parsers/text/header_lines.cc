#include "parsers/text/header_lines.h"

#include <string_view>

#include "parsers/dates/date_tokens.h"
#include "parsers/text/icu_chars.h"
#include "parsers/utf8.h"

namespace corpusd {
namespace {

constexpr std::size_t kHeadParagraphs = 3;  // metadata lines stand at the top
constexpr std::size_t kMaxTitleBytes = 200;
constexpr std::size_t kMaxTitleWords = 25;
constexpr std::size_t kMaxDateWords = 6;

// Byte offsets where each space-separated word of `s` ends.
std::vector<std::size_t> WordEnds(std::string_view s) {
  std::vector<std::size_t> ends;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != ' ' && (i + 1 == s.size() || s[i + 1] == ' ')) ends.push_back(i + 1);
  }
  return ends;
}

bool AtLeastDay(const NormalizedDate& d) { return d.precision >= DatePrecision::kDay; }

// How the text from byte `at` on begins: with a lower-case letter (the
// sentence a date stood in goes on: "… July 31, 2020 that a new plan"), a
// capital or a digit, a letter of a script without case (Hebrew, Arabic,
// Thai, CJK: nothing to tell by), or nothing.
enum class TextAfter { kLowercase, kCapitalOrDigit, kCaseless, kNothing };

TextAfter FirstLetterAfter(std::string_view p, std::size_t at) {
  for (std::size_t i = at; i < p.size();) {
    std::size_t length = 1;
    const char32_t c = utf8::DecodeAt(p, i, length);
    if (chars::IsLowercase(c)) return TextAfter::kLowercase;
    if (chars::IsUppercase(c) || (c >= '0' && c <= '9')) return TextAfter::kCapitalOrDigit;
    if (chars::IsLetter(c)) return TextAfter::kCaseless;
    i += length;
  }
  return TextAfter::kNothing;
}

// A date among the first words of a paragraph, and how many bytes of the
// paragraph to cut with it: 0 when it stays in the text.
struct LeadingDateFound {
  NormalizedDate date;
  std::size_t cut = 0;
};

// A paragraph that starts with a date. The date is cut out of the paragraph
// only when it stands apart from the text after it, and the words before it
// are a label ("date 2024-07-04 …", "Published on July 5, 2024 President …",
// "Datum: 5.7.2024 …"). A date inside a sentence ("The government announced
// July 31, 2020 that …", "Am 4. Februar 2022 erscheint …") is still the
// paragraph's date, but the sentence is left whole.
std::optional<LeadingDateFound> LeadingDate(const std::string& p, const DateContext& dates) {
  constexpr std::size_t kMaxLabelWords = 2;
  const std::vector<std::size_t> ends = WordEnds(p);
  for (std::size_t n = std::min(ends.size(), kMaxDateWords); n > 0; --n) {
    const std::string_view prefix = std::string_view(p).substr(0, ends[n - 1]);
    if (!HasDateDigit(prefix)) continue;
    std::optional<NormalizedDate> date = NormalizeDate(prefix, dates);
    if (!date || !AtLeastDay(*date)) continue;
    const std::size_t after = ends[n - 1];
    const TextAfter next = FirstLetterAfter(p, after);
    if (next == TextAfter::kLowercase) return LeadingDateFound{*date, 0};
    // The words before the date: as many as leave the same date when dropped.
    std::size_t label = 0;
    while (label + 1 < n) {
      const std::optional<NormalizedDate> rest = NormalizeDate(prefix.substr(ends[label]), dates);
      if (!rest || rest->iso != date->iso) break;
      ++label;
    }
    const std::string_view words = prefix.substr(0, label == 0 ? 0 : ends[label - 1]);
    const bool colon = !words.empty() && words.back() == ':';
    const bool apart =
        label == 0 || colon || (label <= kMaxLabelWords && next != TextAfter::kCaseless);
    return LeadingDateFound{*date, apart ? after : 0};
  }
  return std::nullopt;
}

bool ReadsAsHeadline(std::string_view p) {
  if (p.empty() || p.size() > kMaxTitleBytes || WordEnds(p).size() > kMaxTitleWords) return false;
  switch (p.back()) {
    case '.':
    case ',':
    case ';':
    case ':':
      return false;
    default:
      return true;
  }
}

// "ASTANA (Sputnik) - ", "MOSCOW, July 4 (Reuters) — ", "LONDON -- ": the byte
// length of the dateline and of the whole prefix up to the text, or nullopt.
std::optional<std::pair<std::size_t, std::size_t>> Dateline(std::string_view p) {
  std::size_t i = 0, capitals = 0;
  while (i < p.size()) {  // the place: capitals, spaces, . ' -
    std::size_t length = 1;
    const char32_t c = utf8::DecodeAt(p, i, length);
    if (chars::IsUppercase(c)) {
      ++capitals;
    } else if (!(c == ' ' || c == '.' || c == '\'' ||
                 (c == '-' && i + 1 < p.size() && p[i + 1] != ' '))) {
      break;
    }
    i += length;
    if (i > 40) return std::nullopt;
  }
  if (capitals < 2) return std::nullopt;
  // A place alone ("NATO - ...") could be an acronym; a dateline names an
  // agency in parentheses or a date after a comma.
  bool qualified = false;
  if (i < p.size() && p[i] == ',') {  // ", July 4"
    qualified = true;
    const std::size_t stop = p.find_first_of("(-\u2013\u2014", i);
    if (stop == std::string_view::npos || stop - i > 30) return std::nullopt;
    i = stop;
  }
  while (i < p.size() && p[i] == ' ') ++i;
  if (i < p.size() && p[i] == '(') {  // "(Sputnik)"
    const std::size_t close = p.find(')', i);
    if (close == std::string_view::npos || close - i > 30) return std::nullopt;
    i = close + 1;
    qualified = true;
  }
  if (!qualified) return std::nullopt;
  std::size_t end = i;
  while (end > 0 && p[end - 1] == ' ') --end;
  while (i < p.size() && p[i] == ' ') ++i;
  const std::size_t dash = i;
  for (std::string_view d : {"\u2014", "\u2013", "--", "-"}) {
    if (p.substr(i, d.size()) == d) {
      i += d.size();
      break;
    }
  }
  if (i == dash || i >= p.size() || p[i] != ' ') return std::nullopt;
  while (i < p.size() && p[i] == ' ') ++i;
  if (i >= p.size()) return std::nullopt;
  return std::make_pair(end, i);
}

}  // namespace

LiftedHeader LiftHeaderLines(std::vector<std::string>* paragraphs, const DateContext& dates,
                             bool lift_title, std::vector<Removal>* removals) {
  LiftedHeader header;
  auto& ps = *paragraphs;
  // Dates: a whole paragraph, or one that starts with a date (cut out only
  // when it stands apart from the paragraph's text).
  for (std::size_t i = 0; i < ps.size() && i < kHeadParagraphs && !header.published; ++i) {
    std::optional<NormalizedDate> whole =
        HasDateDigit(ps[i]) ? NormalizeDate(ps[i], dates) : std::nullopt;
    if (whole && AtLeastDay(*whole)) {
      header.published = *whole;
      removals->push_back({"metadata:date", std::move(ps[i])});
      ps.erase(ps.begin() + static_cast<std::ptrdiff_t>(i));
    } else if (auto lead = LeadingDate(ps[i], dates)) {
      header.published = lead->date;
      if (lead->cut == 0) continue;
      removals->push_back({"metadata:date", ps[i].substr(0, lead->cut)});
      ps[i].erase(0, lead->cut);
      while (!ps[i].empty() && ps[i].front() == ' ') ps[i].erase(0, 1);
    }
  }
  // A title: the first paragraph, when it reads as a headline.
  if (lift_title && ps.size() > 1 && ReadsAsHeadline(ps[0])) {
    header.title = ps[0];
    removals->push_back({"metadata:title", std::move(ps[0])});
    ps.erase(ps.begin());
  }
  // A dateline opening one of the first paragraphs.
  for (std::size_t i = 0; i < ps.size() && i < 2; ++i) {
    if (auto dateline = Dateline(ps[i])) {
      header.dateline = ps[i].substr(0, dateline->first);
      removals->push_back({"metadata:dateline", ps[i].substr(0, dateline->second)});
      ps[i].erase(0, dateline->second);
      break;
    }
  }
  return header;
}

}  // namespace corpusd
