#include "parsers/html/html_metadata_dates.h"

#include <cctype>
#include <cstdio>
#include <string>

#include "parsers/ascii.h"
#include "parsers/dates/date_civil.h"
#include "parsers/dates/date_mentions.h"

namespace corpusd {
namespace {

// "By Jane Doe | 7 June 2020, 10:42 | 3 min read" still is a date line.
constexpr std::size_t kMaxDateLineWords = 12;

// A footer line that states the publication in a sentence is rarely longer.
constexpr std::size_t kMaxPublicationSentence = 320;

// Words that state a publication, in ASCII lower case (other capitals listed
// as written); a line saying "updated" is sorted out before.
constexpr std::string_view kPublicationWords[] = {
    "posted on",    "published on",  "was posted",   "was published", "veröffentlicht",
    "geschrieben",  "erschienen am", "publié le",    "publiée le",    "publicado el",
    "publicado em", "pubblicato il", "gepubliceerd", "opublikowano",  "publicerad",
    "Опубликовано", "опубликовано"};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Space-separated tokens holding a letter or digit ("|" and "⋅" are no words).
std::size_t CountWords(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  bool counted = false;
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == ' ') {
      in_word = false;
      continue;
    }
    if (!in_word) counted = false;
    in_word = true;
    // Lead bytes of multi-byte characters (letters in most scripts) count too,
    // but not the punctuation of U+2000-U+2BFF (lead byte 0xE2).
    if (!counted && (std::isalnum(c) || (c >= 0xC2 && c != 0xE2))) {
      ++words;
      counted = true;
    }
  }
  return words;
}

// The number of `n` digits at `s[i]`, or -1.
int Number(std::string_view s, std::size_t i, std::size_t n) {
  if (i + n > s.size()) return -1;
  int v = 0;
  for (std::size_t k = 0; k < n; ++k) {
    if (!IsDigit(s[i + k])) return -1;
    v = v * 10 + (s[i + k] - '0');
  }
  return v;
}

// Years before the web are not a page's date, even in its URL.
constexpr int kMinUrlYear = 1990;

bool ValidDay(int y, int m, int d) {
  return y >= kMinUrlYear && y <= civil::kMaxYear && d >= 1 && d <= civil::DaysInMonth(y, m);
}

NormalizedDate Day(int y, int m, int d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return NormalizedDate{buf, DatePrecision::kDay, false};
}

bool IsSeparator(char c) { return c == '/' || c == '-' || c == '_' || c == '.'; }

// "26 | 01 | 2022 Schweiz" -> "26.01.2022"; empty when the text does not
// start with three numbers separated by bars.
std::string BarsToDots(std::string_view text) {
  std::string out;
  std::size_t i = 0;
  for (int part = 0; part < 3; ++part) {
    std::size_t start = i;
    while (i < text.size() && IsDigit(text[i])) out += text[i++];
    std::size_t len = i - start;
    if (len == 0 || len > 4) return {};
    if (part == 2) break;
    while (i < text.size() && text[i] == ' ') ++i;
    if (i >= text.size() || text[i] != '|') return {};
    ++i;
    while (i < text.size() && text[i] == ' ') ++i;
    out += '.';
  }
  return out;
}

}  // namespace

std::optional<NormalizedDate> DateFromUrl(std::string_view url) {
  // The host cannot hold a date worth reading; the path (and query) can.
  std::size_t scheme = url.find("://");
  std::size_t path = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path == std::string_view::npos) return std::nullopt;
  std::string_view s = url.substr(path);
  for (std::size_t i = 0; i + 8 <= s.size(); ++i) {
    if (i > 0 && IsDigit(s[i - 1])) continue;
    int y = Number(s, i, 4);
    if (y < 1990) continue;
    // YYYY/MM/DD, YYYY-MM-DD, YYYY_M_D, YYYY.MM.DD (one or two digits each).
    std::size_t j = i + 4;
    if (j < s.size() && IsSeparator(s[j])) {
      char sep = s[j];
      std::size_t mlen = (j + 2 < s.size() && IsDigit(s[j + 2])) ? 2 : 1;
      int m = Number(s, j + 1, mlen);
      std::size_t k = j + 1 + mlen;
      if (m > 0 && k < s.size() && s[k] == sep) {
        std::size_t dlen = (k + 2 < s.size() && IsDigit(s[k + 2])) ? 2 : 1;
        int d = Number(s, k + 1, dlen);
        std::size_t end = k + 1 + dlen;
        if (d > 0 && (end >= s.size() || !IsDigit(s[end])) && ValidDay(y, m, d)) {
          return Day(y, m, d);
        }
      }
      continue;
    }
    // YYYYMMDD as a whole number.
    int m = Number(s, i + 4, 2);
    int d = Number(s, i + 6, 2);
    if (m > 0 && d > 0 && (i + 8 >= s.size() || !IsDigit(s[i + 8])) && ValidDay(y, m, d)) {
      return Day(y, m, d);
    }
  }
  return std::nullopt;
}

// "Updated: 9 June 2020 | Published: 7 June 2020": a line that names a
// revision before the publication; the part from the publication on, else
// the whole line.
std::string_view FromThePublication(std::string_view text) {
  const std::string lower = AsciiLowerCopy(text);
  std::size_t updated = std::string::npos, published = std::string::npos;
  for (std::string_view w : {"updated", "update:", "aktualisiert", "modifié", "mis à jour",
                             "actualizado", "aggiornato", "bijgewerkt", "обновлено", "Обновлено"}) {
    updated = std::min(updated, lower.find(w));
  }
  for (std::string_view w :
       {"publi", "veröffentlicht", "erschienen", "posted", "опубликовано", "Опубликовано"}) {
    published = std::min(published, lower.find(w));
  }
  if (updated == std::string::npos || published == std::string::npos || published < updated) {
    return text;
  }
  return text.substr(published);
}

std::optional<NormalizedDate> DateFromText(std::string_view text, const DateContext& context) {
  if (text.empty() || text.size() > 400) return std::nullopt;
  if (const std::string_view from = FromThePublication(text); from.size() < text.size()) {
    if (auto d = DateFromText(from, context)) return d;
  }
  std::optional<NormalizedDate> whole = NormalizeDate(text, context);
  if (whole) return whole;
  // "26 | 01 | 2022": numeric dates set apart with bars read as dotted ones.
  std::string dotted = BarsToDots(text);
  if (!dotted.empty()) {
    if (auto d = NormalizeDate(dotted, context)) return d;
  }
  // A date inside a sentence ("a photo of 31.05.2021 shows ...") is what the
  // text is about, not when it was written; date lines are short.
  if (CountWords(text) > kMaxDateLineWords) return std::nullopt;
  for (const DateMention& m : FindDateMentions(text, std::nullopt, context)) {
    if (m.precision >= DatePrecision::kDay && m.value.size() >= 10) {
      return NormalizedDate{m.value, m.precision, false};
    }
  }
  return std::nullopt;
}

std::optional<NormalizedDate> DateFromPublicationSentence(std::string_view text,
                                                          const DateContext& context) {
  if (text.size() > kMaxPublicationSentence) return std::nullopt;
  std::string lower = AsciiLowerCopy(text);
  bool says = false;
  for (std::string_view w : kPublicationWords) {
    if (lower.find(w) != std::string::npos) {
      says = true;
      break;
    }
  }
  if (!says) return std::nullopt;
  for (const DateMention& m : FindDateMentions(text, std::nullopt, context)) {
    if (m.precision >= DatePrecision::kDay && m.value.size() >= 10) {
      return NormalizedDate{m.value, m.precision, false};
    }
  }
  return std::nullopt;
}

}  // namespace corpusd
