#include "parsers/text/text_layout.h"

#include <string_view>
#include <unordered_map>

#include "parsers/text/icu_chars.h"
#include "parsers/utf8.h"

namespace corpusd {
namespace {

char32_t CodePointAt(std::string_view s, std::size_t pos, std::size_t* length) {
  return utf8::DecodeAt(s, pos, *length);
}

char32_t LastCodePoint(std::string_view s) {
  std::size_t start = s.size() - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  std::size_t length = 0;
  return CodePointAt(s, start, &length);
}

bool EndsSentence(std::string_view p) {
  switch (LastCodePoint(p)) {
    case '.':
    case '!':
    case '?':
    case ':':
    case ';':
    case '"':
    case '\'':
    case ')':
    case ']':
    case U'\u201D':
    case U'\u2019':
    case U'\u00BB':
    case U'\u2026':
    case U'\u3002':
    case U'\uFF01':
    case U'\uFF1F':
      return true;
    default:
      return false;
  }
}

bool StartsLowercase(std::string_view p) {
  std::size_t length = 0;
  return !p.empty() && chars::IsLowercase(CodePointAt(p, 0, &length));
}

// A word: a maximal run of letters. Calls visit(begin, end) for each.
template <typename Visit>
void ForEachWord(std::string_view s, Visit visit) {
  std::size_t pos = 0, begin = std::string_view::npos;
  while (pos <= s.size()) {
    std::size_t length = 1;
    const bool letter = pos < s.size() && chars::IsLetter(CodePointAt(s, pos, &length));
    if (letter && begin == std::string_view::npos) begin = pos;
    if (!letter && begin != std::string_view::npos) {
      visit(begin, pos);
      begin = std::string_view::npos;
    }
    pos += length;
  }
}

// Where a word like "PutinPresident" would split: the byte offset of the
// second capital, when the word is exactly Upper lower{2,} Upper lower{2,}.
std::size_t GluePoint(std::string_view word) {
  std::size_t pos = 0, length = 0, letters = 0, split = 0, right_letters = 0;
  while (pos < word.size()) {
    const char32_t c = CodePointAt(word, pos, &length);
    const bool upper = chars::IsUppercase(c);
    if (letters == 0) {
      if (!upper) return 0;
    } else if (upper) {
      if (split != 0 || letters < 3) return 0;  // a second capital, or "McDonald"
      split = pos;
    } else if (!chars::IsLowercase(c)) {
      return 0;
    }
    if (split != 0) ++right_letters;
    ++letters;
    pos += length;
  }
  return split != 0 && right_letters >= 3 ? split : 0;
}

// Well-known names written in CamelCase, which a document may well mention
// beside their parts ("You", "Tube"): never split.
bool IsKnownCamelCaseName(std::string_view word) {
  static constexpr std::string_view kNames[] = {
      "AirPods",       "AstraZeneca", "BlackBerry", "BlackRock", "BuzzFeed",    "DeepMind",
      "DreamWorks",    "ExxonMobil",  "FaceTime",   "FedEx",     "GitHub",      "GitLab",
      "HarperCollins", "HuffPost",    "JavaScript", "LinkedIn",  "MacArthur",   "MacBook",
      "MasterCard",    "MySpace",     "OpenAI",     "PayPal",    "PlayStation", "PowerPoint",
      "PowerShell",    "SeaWorld",    "SmackDown",  "SoftBank",  "SoundCloud",  "TikTok",
      "TypeScript",    "WhatsApp",    "WikiLeaks",  "WordPress", "YouGov",      "YouTube"};
  for (std::string_view name : kNames) {
    if (word == name) return true;
  }
  return false;
}

// True when the '.' at `pos` belongs to a spaced ellipsis ". . .".
bool InSpacedEllipsis(std::string_view s, std::size_t pos) {
  for (std::size_t start = pos >= 4 ? pos - 4 : 0; start <= pos; ++start) {
    if (s.substr(start, 5) == ". . .") return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> JoinWrappedParagraphs(std::vector<std::string> paragraphs) {
  std::vector<std::string> out;
  for (std::string& p : paragraphs) {
    if (!out.empty() && !EndsSentence(out.back()) && StartsLowercase(p)) {
      out.back() += ' ';
      out.back() += p;
    } else {
      out.push_back(std::move(p));
    }
  }
  return out;
}

std::string FixPunctuationSpacing(const std::string& in) {
  std::string out;
  out.reserve(in.size());
  int quotes = 0;  // straight double quotes seen so far
  for (std::size_t i = 0; i < in.size(); ++i) {
    const char c = in[i];
    const char next = i + 1 < in.size() ? in[i + 1] : '\0';
    const bool at_end = next == '\0' || next == ' ' || next == '\n';
    if (c == ' ' && !out.empty() && out.back() != ' ' && out.back() != '\n') {
      // A space that stands before , or a lone . or a closing quote goes.
      if (next == ',') continue;
      // A lone full stop; for ". ." the second stop is then dropped below.
      if (next == '.' && (i + 2 == in.size() || in[i + 2] == ' ' || in[i + 2] == '\n') &&
          !InSpacedEllipsis(in, i + 1)) {
        continue;
      }
      if (next == '"' && quotes % 2 == 1) {
        const char after = i + 2 < in.size() ? in[i + 2] : '\0';
        if (after == '\0' || after == ' ' || after == '.' || after == ',' || after == ';' ||
            after == ':' || after == '!' || after == '?' || after == '\n') {
          continue;
        }
      }
    }
    if (c == '.' && !out.empty() && out.back() == '.' && at_end && !InSpacedEllipsis(in, i) &&
        (out.size() < 2 || out[out.size() - 2] != '.')) {
      continue;  // "..", not part of an ellipsis, is one full stop
    }
    if (c == '"') ++quotes;
    out.push_back(c);
  }
  return out;
}

std::vector<std::string> SplitGluedWords(std::vector<std::string> paragraphs) {
  // Most documents hold no glued-looking word: find one before counting
  // every word (hashing each was a twentieth of a plain-text import).
  bool candidate = false;
  for (const std::string& p : paragraphs) {
    // An ASCII lower-case letter before a capital, or any other script's
    // letters: only then can a word have a glue point.
    bool maybe = false;
    for (std::size_t i = 1; i < p.size() && !maybe; ++i) {
      maybe = (static_cast<unsigned char>(p[i]) >= 0x80) ||
              (p[i - 1] >= 'a' && p[i - 1] <= 'z' && p[i] >= 'A' && p[i] <= 'Z');
    }
    if (!maybe) continue;
    ForEachWord(p, [&](std::size_t b, std::size_t e) {
      const std::string_view word = std::string_view(p).substr(b, e - b);
      candidate = candidate || (GluePoint(word) != 0 && !IsKnownCamelCaseName(word));
    });
    if (candidate) break;
  }
  if (!candidate) return paragraphs;
  // How often each word stands in the document.
  std::unordered_map<std::string_view, int> counts;
  for (const std::string& p : paragraphs) {
    ForEachWord(
        p, [&](std::size_t b, std::size_t e) { ++counts[std::string_view(p).substr(b, e - b)]; });
  }
  std::vector<std::string> out;
  for (const std::string& p : paragraphs) {
    std::size_t start = 0;  // the part of p not yet emitted
    ForEachWord(p, [&](std::size_t b, std::size_t e) {
      const std::string_view word = std::string_view(p).substr(b, e - b);
      const std::size_t split = GluePoint(word);
      if (split == 0 || counts[word] != 1 || IsKnownCamelCaseName(word)) return;
      const std::string_view left = word.substr(0, split), right = word.substr(split);
      auto l = counts.find(left), r = counts.find(right);
      if (l == counts.end() || r == counts.end()) return;
      std::string head = p.substr(start, b + split - start);
      while (!head.empty() && head.back() == ' ') head.pop_back();
      if (!head.empty()) out.push_back(std::move(head));
      start = b + split;
    });
    out.push_back(p.substr(start));
  }
  return out;
}

}  // namespace corpusd
