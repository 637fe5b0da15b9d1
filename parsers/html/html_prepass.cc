#include "parsers/html/html_prepass.h"

#include <cctype>

#include "parsers/ascii.h"

namespace corpusd {
namespace {

// Below this share of droppable bytes the copy costs more than it saves.
constexpr double kMinDroppedShare = 0.05;

bool StartsWithIgnoreCase(std::string_view s, std::size_t pos, std::string_view prefix) {
  if (pos + prefix.size() > s.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (AsciiLower(s[pos + i]) != prefix[i]) return false;
  }
  return true;
}

bool IsNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == ':' || c == '_';
}

// The end of the tag starting at `lt` (one past its '>'), honouring quoted
// attribute values; the end of input for an unclosed tag.
std::size_t TagEnd(std::string_view s, std::size_t lt) {
  char quote = 0;
  for (std::size_t i = lt + 1; i < s.size(); ++i) {
    const char c = s[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      // A quote opens a value only after '=' (possibly spaced).
      std::size_t j = i;
      while (j > lt && (s[j - 1] == ' ' || s[j - 1] == '\t' || s[j - 1] == '\n')) --j;
      if (j > lt && s[j - 1] == '=') quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return s.size();
}

// Where the raw text of `name` ends: one past its "</name ...>", or the end.
std::size_t RawTextEnd(std::string_view s, std::size_t from, std::string_view name) {
  for (std::size_t i = s.find('<', from); i != std::string_view::npos; i = s.find('<', i + 1)) {
    if (i + 1 < s.size() && s[i + 1] == '/' && StartsWithIgnoreCase(s, i + 2, name) &&
        (i + 2 + name.size() >= s.size() || !IsNameChar(s[i + 2 + name.size()]))) {
      return TagEnd(s, i);
    }
  }
  return s.size();
}

// Where an <svg> or <math> subtree ends, counting nested ones.
std::size_t ForeignEnd(std::string_view s, std::size_t from, std::string_view name) {
  int depth = 1;
  std::size_t i = from;
  while (depth > 0) {
    i = s.find('<', i);
    if (i == std::string_view::npos) return s.size();
    const bool closing = i + 1 < s.size() && s[i + 1] == '/';
    const std::size_t at = i + (closing ? 2 : 1);
    const std::size_t end = TagEnd(s, i);
    if (StartsWithIgnoreCase(s, at, name) &&
        (at + name.size() >= s.size() || !IsNameChar(s[at + name.size()]))) {
      const bool self_closing = !closing && end >= 2 && s[end - 2] == '/';
      if (closing) {
        --depth;
      } else if (!self_closing) {
        ++depth;
      }
    }
    i = end;
  }
  return i;
}

// The tag name at `pos` (lower case), after '<' or '</'.
std::string TagName(std::string_view s, std::size_t pos) {
  std::string name;
  while (pos < s.size() && IsNameChar(s[pos]) && name.size() < 16) {
    name.push_back(AsciiLower(s[pos++]));
  }
  return name;
}

// Attributes that no reader of the tree looks at (metadata, dates, main
// content, text: see the callers of HtmlNode::attribute) and that weigh a
// good share of a page: on the dev-set pages, of the 48 MB that reached
// Gumbo, href 6.7 MB, data-* 4.6 MB, src 1.2 MB, srcset 1.0 MB, title 0.9 MB,
// then event handlers, alt, sizes... Links are read from <link> only (the
// canonical URL), a title attribute from <abbr> only (a date). `tag` is the
// element's name in lower case. A reader that starts to look at one of these
// must take it off this list.
bool IsUnreadAttribute(std::string_view tag, std::string_view name) {
  if (StartsWithIgnoreAsciiCase(name, "data-")) return !EqualsIgnoreAsciiCase(name, "data-utime");
  if (StartsWithIgnoreAsciiCase(name, "aria-")) return !EqualsIgnoreAsciiCase(name, "aria-hidden");
  if (StartsWithIgnoreAsciiCase(name, "on")) return name.size() > 2;  // onclick, onload...
  if (EqualsIgnoreAsciiCase(name, "href")) return tag != "link" && tag != "base";
  if (EqualsIgnoreAsciiCase(name, "title")) return tag != "abbr";
  for (std::string_view unread :
       {"src", "srcset", "sizes", "alt", "width", "height", "loading", "decoding", "target",
        "tabindex", "fetchpriority", "integrity", "crossorigin", "referrerpolicy"}) {
    if (EqualsIgnoreAsciiCase(name, unread)) return true;
  }
  return false;
}

// Calls drop(from, to) for each unread attribute of the start tag whose
// attributes begin at `from` and which ends at `tag_end` (one past its '>'),
// read as the HTML tokenizer reads them: a name up to a space, '/', '>' or
// '=', then an optional value, quoted or not.
template <typename Drop>
void DropUnreadAttributes(std::string_view s, std::string_view tag, std::size_t from,
                          std::size_t tag_end, Drop drop) {
  std::size_t i = from;
  while (i < tag_end) {
    while (i < tag_end && (IsAsciiWhitespace(s[i]) || s[i] == '/')) ++i;
    if (i >= tag_end || s[i] == '>') return;
    const std::size_t name_start = i;
    ++i;  // the first character may be '='
    while (i < tag_end && !IsAsciiWhitespace(s[i]) && s[i] != '/' && s[i] != '>' && s[i] != '=')
      ++i;
    const std::string_view name = s.substr(name_start, i - name_start);
    std::size_t j = i;
    while (j < tag_end && IsAsciiWhitespace(s[j])) ++j;
    if (j < tag_end && s[j] == '=') {
      ++j;
      while (j < tag_end && IsAsciiWhitespace(s[j])) ++j;
      if (j < tag_end && (s[j] == '"' || s[j] == '\'')) {
        const std::size_t close = s.find(s[j], j + 1);
        i = close == std::string_view::npos || close >= tag_end ? tag_end : close + 1;
      } else {
        while (j < tag_end && !IsAsciiWhitespace(s[j]) && s[j] != '>') ++j;
        i = j;
      }
    }
    if (i >= tag_end) return;  // a tag cut off by the end of input: left as it is
    if (IsUnreadAttribute(tag, name)) {
      std::size_t gap = name_start;  // the white space before it goes too
      while (gap > from && IsAsciiWhitespace(s[gap - 1])) --gap;
      drop(gap, i);
    }
  }
}

// Calls drop(from, to) to make each run of white space in the text s[from,
// to) one character: its first line break if it has one, else its first
// character. Outside preformatted text HTML shows such a run as one space,
// and every reader collapses it so; but Gumbo handles text a character at a
// time, and indentation is a tenth of what reaches it.
template <typename Drop>
void CollapseWhiteSpace(std::string_view s, std::size_t from, std::size_t to, Drop drop) {
  for (std::size_t i = from; i < to; ++i) {
    if (!IsAsciiWhitespace(s[i]) || i + 1 >= to || !IsAsciiWhitespace(s[i + 1])) continue;
    std::size_t end = i + 2;
    while (end < to && IsAsciiWhitespace(s[end])) ++end;
    std::size_t keep = i;
    while (keep < end && s[keep] != '\n') ++keep;
    if (keep == end) keep = i;
    if (keep > i) drop(i, keep);
    if (keep + 1 < end) drop(keep + 1, end);
    i = end - 1;
  }
}

bool IsJsonLd(std::string_view tag) {
  std::string lower(tag);
  for (char& c : lower) c = AsciiLower(c);
  return lower.find("ld+json") != std::string::npos;
}

}  // namespace

bool StripInvisibleMarkup(std::string_view s, std::string* out) {
  std::string result;
  std::size_t copied = 0;   // s[0, copied) is settled: in `result` or dropped
  std::size_t dropped = 0;  // bytes left out
  const auto drop = [&](std::size_t from, std::size_t to) {
    if (result.empty() && copied == 0) result.reserve(s.size());
    result.append(s.substr(copied, from - copied));
    dropped += to - from;
    copied = to;
  };
  std::size_t i = 0;
  std::size_t text_from = 0;  // where the text before the next '<' starts
  int preformatted = 0;       // open <pre> and <listing>: their white space is kept
  while ((i = s.find('<', i)) != std::string_view::npos) {
    if (preformatted == 0) CollapseWhiteSpace(s, text_from, i, drop);
    if (StartsWithIgnoreCase(s, i, "<!--")) {
      // "<!-->" and "<!--->" are whole (empty) comments, as the spec says.
      std::size_t end;
      if (s.substr(i, 5) == "<!-->") {
        end = i + 5;
      } else if (s.substr(i, 6) == "<!--->") {
        end = i + 6;
      } else {
        const std::size_t close = s.find("-->", i + 4);
        end = close == std::string_view::npos ? s.size() : close + 3;
      }
      drop(i, end);
      i = end;
      text_from = i;
      continue;
    }
    if (i + 1 >= s.size() || !std::isalpha(static_cast<unsigned char>(s[i + 1]))) {
      if (i + 2 < s.size() && s[i + 1] == '/' &&
          std::isalpha(static_cast<unsigned char>(s[i + 2]))) {  // an end tag
        if (preformatted > 0) {
          const std::string name = TagName(s, i + 2);
          if (name == "pre" || name == "listing") --preformatted;
        }
        i = TagEnd(s, i);
      } else {
        ++i;  // a doctype or a stray '<'
      }
      text_from = i;
      continue;
    }
    const std::string name = TagName(s, i + 1);
    const std::size_t tag_end = TagEnd(s, i);
    if (name == "pre" || name == "listing") ++preformatted;
    if (name == "script" || name == "style") {
      const std::size_t end = RawTextEnd(s, tag_end, name);
      if (name == "script" && IsJsonLd(s.substr(i, tag_end - i))) {
        i = end;  // structured data: kept whole
      } else {
        drop(i, end);
        i = end;
      }
    } else if (name == "svg" || name == "math") {
      const bool self_closing = tag_end >= 2 && s[tag_end - 2] == '/';
      const std::size_t end = self_closing ? tag_end : ForeignEnd(s, tag_end, name);
      drop(i, end);
      i = end;
    } else if (name == "title" || name == "textarea" || name == "xmp" || name == "noembed" ||
               name == "noframes" || name == "iframe" || name == "plaintext") {
      i = name == "plaintext" ? s.size() : RawTextEnd(s, tag_end, name);  // copied as it is
    } else {
      std::size_t name_end = i + 1;  // the whole name, which TagName may have cut short
      while (name_end < tag_end && !IsAsciiWhitespace(s[name_end]) && s[name_end] != '/' &&
             s[name_end] != '>') {
        ++name_end;
      }
      DropUnreadAttributes(s, name, name_end, tag_end, drop);
      i = tag_end;
    }
    text_from = i;
  }
  if (preformatted == 0) CollapseWhiteSpace(s, text_from, s.size(), drop);
  if (static_cast<double>(dropped) < kMinDroppedShare * static_cast<double>(s.size())) {
    return false;
  }
  result.append(s.substr(copied));
  *out = std::move(result);
  return true;
}

}  // namespace corpusd
