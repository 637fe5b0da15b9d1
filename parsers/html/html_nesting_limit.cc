#include "parsers/html/html_nesting_limit.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "parsers/ascii.h"

namespace corpusd {
namespace {

// Nesting limit. Gumbo 0.10.1 rescans its stack of open elements for many
// start tags ("close a p element in button scope" for every <div>, <ul>, <dd>;
// "is this formatting element still open" for every <b>), so its parse time
// grows with depth x tags. Measured at -O2: 10,000 nested <div> 0.15 s,
// 100,000 nested <div> 37 s. Browsers cap the tree depth instead (Blink: 512).
// Before parsing we run a cheap model of the tree builder that tracks the
// depth Gumbo will reach, and rewrite the start tags that would go deeper than
// the maximum depth: block-level ones become <br> (the text keeps its paragraph break),
// others are dropped (the text stays glued). The model covers the common
// implicit closes (p, li, dd, td, tr, option, headings), foreign content and
// the re-opening of formatting elements; it is not the full HTML tree builder,
// so crafted input can still make Gumbo slow, but never crash it. On 589 real
// pages (shared/devsets) it rewrote nothing and was within 3 of Gumbo's depth.

enum TagFlag : std::uint32_t {
  kVoid = 1 << 0,           // never has children
  kRawText = 1 << 1,        // content is text up to the matching end tag
  kSpecial = 1 << 2,        // the HTML spec's "special" category
  kClosesP = 1 << 3,        // start tag closes an open <p> in button scope
  kFormatting = 1 << 4,     // kept in the list of active formatting elements
  kScope = 1 << 5,          // boundary of the default element scope
  kHeading = 1 << 6,        // h1-h6
  kBreaksForeign = 1 << 7,  // start tag leaves SVG/MathML content
  kNoReconstruct = 1 << 8,  // start tag does not re-open formatting elements
  kMergedStart = 1 << 9,    // html, head, body: never a new stack entry
  kTablePart = 1 << 10,     // table, tbody, thead, tfoot, tr, td, th, caption
  kMarker = 1 << 11,        // pushes a marker on the list of formatting elements
  kClosesOwnKind = 1 << 12,  // start tag closes or checks open ones by name (li, td, form, ...)
};

std::uint32_t TagFlags(std::string_view name) {
  static const auto* const kTable = [] {
    auto* t = new std::unordered_map<std::string_view, std::uint32_t>();
    // Each list is space-separated names; views into the static literals.
    auto add = [t](std::string_view names, std::uint32_t flag) {
      while (!names.empty()) {
        std::size_t space = names.find(' ');
        (*t)[names.substr(0, space)] |= flag;
        names.remove_prefix(space == std::string_view::npos ? names.size() : space + 1);
      }
    };
    add("area base basefont bgsound br col embed frame hr image img input keygen link meta param "
        "source track wbr",
        kVoid);
    add("script style xmp iframe noembed noframes textarea title plaintext", kRawText);
    add("address applet area article aside base basefont bgsound blockquote body br button caption "
        "center col colgroup dd details dir div dl dt embed fieldset figcaption figure footer form "
        "frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe img input keygen li "
        "link listing main marquee menu meta nav noembed noframes noscript object ol p param "
        "plaintext pre script search section select source style summary table tbody td template "
        "textarea tfoot th thead title tr track ul wbr xmp",
        kSpecial);
    add("address article aside blockquote center details dialog dir div dl fieldset figcaption "
        "figure footer header hgroup main menu nav ol p search section summary ul h1 h2 h3 h4 h5 "
        "h6 pre listing form plaintext table hr xmp li dd dt",
        kClosesP | kNoReconstruct);
    add("a b big code em font i nobr s small strike strong tt u", kFormatting);
    add("applet caption marquee object template td th table html", kScope);
    add("applet caption marquee object template td th", kMarker);
    add("h1 h2 h3 h4 h5 h6", kHeading);
    add("b big blockquote body br center code dd div dl dt em embed font h1 h2 h3 h4 h5 h6 head hr "
        "i img li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt "
        "u ul var",
        kBreaksForeign);
    add("caption col colgroup tbody td tfoot th thead tr base basefont bgsound link meta noframes "
        "script style template title html body head frameset frame textarea",
        kNoReconstruct);
    add("html head body frameset", kMergedStart);
    add("table tbody thead tfoot tr td th caption", kTablePart);
    add("form select li dd dt option optgroup td th tr tbody thead tfoot table caption a nobr "
        "button",
        kClosesOwnKind);
    return t;
  }();
  auto it = kTable->find(name);
  return it == kTable->end() ? 0 : it->second;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (AsciiLower(a[i]) != b[i]) return false;
  }
  return true;
}

// Rewrites an HTML string so that Gumbo's stack of open elements stays within
// the maximum depth (see above). Single pass; copies the input only if a tag changes.
class NestingLimiter {
 public:
  NestingLimiter(std::string_view html, std::size_t max_depth) : in_(html), max_depth_(max_depth) {}

  // Returns true and fills *out if the input had to be rewritten.
  bool Run(std::string* out) {
    std::size_t pos = 0;
    while (pos < in_.size()) {
      std::size_t lt = in_.find('<', pos);
      if (lt == std::string_view::npos) lt = in_.size();
      if (lt > pos) OnText(in_.substr(pos, lt - pos));
      if (lt >= in_.size()) break;
      pos = OnMarkup(lt);
    }
    if (!rewritten_) return false;
    out_.append(in_.substr(copied_));
    *out = std::move(out_);
    return true;
  }

 private:
  struct Open {
    std::string name;
    std::uint32_t flags;
    bool foreign;      // SVG or MathML element
    std::uint64_t id;  // nonzero for formatting elements
  };
  struct Formatting {
    std::string name;
    std::string_view attributes;
    std::uint64_t id;  // 0: a marker
  };

  // Handles the markup at `lt` (a '<'); returns the position after it.
  std::size_t OnMarkup(std::size_t lt) {
    std::string_view rest = in_.substr(lt);
    if (rest.starts_with("<!--")) {
      if (rest.size() > 4 && rest[4] == '>') return lt + 5;
      if (rest.substr(4).starts_with("->")) return lt + 6;
      std::size_t end = in_.find("-->", lt + 4);
      return end == std::string_view::npos ? in_.size() : end + 3;
    }
    if (rest.starts_with("<![CDATA[") && InForeignContent()) {
      std::size_t end = in_.find("]]>", lt + 9);
      return end == std::string_view::npos ? in_.size() : end + 3;
    }
    bool end_tag = rest.size() > 1 && rest[1] == '/';
    std::size_t name_start = lt + (end_tag ? 2 : 1);
    if (name_start >= in_.size()) return in_.size();
    char first = AsciiLower(in_[name_start]);
    if (first < 'a' || first > 'z') {
      if (rest[1] == '!' || rest[1] == '?' || end_tag) {  // bogus comment or doctype
        std::size_t end = in_.find('>', lt);
        return end == std::string_view::npos ? in_.size() : end + 1;
      }
      OnText("<");
      return lt + 1;
    }
    std::size_t name_end = name_start;
    while (name_end < in_.size() && !IsAsciiWhitespace(in_[name_end]) && in_[name_end] != '/' &&
           in_[name_end] != '>') {
      ++name_end;
    }
    std::string name(in_.substr(name_start, name_end - name_start));
    for (char& c : name) c = AsciiLower(c);
    std::size_t gt = FindTagEnd(name_end);
    if (gt == std::string_view::npos) return in_.size();  // Gumbo drops a cut-off tag
    if (end_tag) {
      OnEndTag(name);
      return gt + 1;
    }
    bool self_closing = gt > name_end && in_[gt - 1] == '/';
    std::string_view attributes = in_.substr(name_end, gt - name_end);
    std::uint32_t flags = TagFlags(name);
    bool raw = (flags & kRawText) && !InForeignContent();
    OnStartTag(name, flags, attributes, self_closing, lt, gt + 1);
    if (!raw) return gt + 1;
    if (name == "plaintext") return in_.size();
    return SkipRawText(name, gt + 1);
  }

  // The '>' ending a tag whose name ends at `pos`; quoted values may hold '>'.
  std::size_t FindTagEnd(std::size_t pos) const {
    bool after_equals = false;
    for (std::size_t i = pos; i < in_.size(); ++i) {
      char c = in_[i];
      if (c == '>') return i;
      if ((c == '"' || c == '\'') && after_equals) {
        i = in_.find(c, i + 1);
        if (i == std::string_view::npos) return i;
        after_equals = false;
      } else if (c == '=') {
        after_equals = true;
      } else if (!IsAsciiWhitespace(c)) {
        after_equals = false;
      }
    }
    return std::string_view::npos;
  }

  // Skips the content of a raw-text element and its end tag.
  std::size_t SkipRawText(std::string_view name, std::size_t pos) const {
    while (true) {
      std::size_t close = in_.find("</", pos);
      if (close == std::string_view::npos) return in_.size();
      std::size_t after = close + 2 + name.size();
      if (after <= in_.size() && EqualsIgnoreCase(in_.substr(close + 2, name.size()), name) &&
          (after == in_.size() || IsAsciiWhitespace(in_[after]) || in_[after] == '/' ||
           in_[after] == '>')) {
        std::size_t gt = in_.find('>', after);
        return gt == std::string_view::npos ? in_.size() : gt + 1;
      }
      pos = close + 2;
    }
  }

  void OnText(std::string_view text) {
    if (!stack_.empty() && (stack_.back().flags & kTablePart) && stack_.back().name != "td" &&
        stack_.back().name != "th" && stack_.back().name != "caption") {
      bool all_space = true;
      for (char c : text) all_space = all_space && IsAsciiWhitespace(c);
      if (all_space) return;  // whitespace inside table structure stays put
    }
    Reconstruct();
  }

  bool InForeignContent() const {
    if (stack_.empty() || !stack_.back().foreign) return false;
    const std::string& n = stack_.back().name;
    return n != "foreignobject" && n != "desc" && n != "title" && n != "mi" && n != "mo" &&
           n != "mn" && n != "ms" && n != "mtext";
  }

  void OnStartTag(const std::string& name, std::uint32_t flags, std::string_view attributes,
                  bool self_closing, std::size_t tag_begin, std::size_t tag_end) {
    if (InForeignContent()) {
      if (!(flags & kBreaksForeign)) {
        if (!self_closing) Push(name, 0, true, tag_begin, tag_end);
        return;
      }
      while (InForeignContent()) Pop();
    }
    if (name == "svg" || name == "math") {
      Reconstruct();
      if (!self_closing) Push(name, 0, true, tag_begin, tag_end);
      return;
    }
    if (flags & kMergedStart) return;
    if (!CloseImplicitly(name, flags)) return;
    if (!(flags & kNoReconstruct)) Reconstruct();
    if (flags & (kVoid | kRawText)) return;  // leaves: no depth
    if (!Push(name, flags, false, tag_begin, tag_end)) return;
    if (flags & kFormatting) AddFormatting(name, attributes);
    if (flags & kMarker) formatting_.push_back({std::string(), {}, 0});
  }

  // Applies the implicit closes a start tag causes; false if the tag is ignored.
  bool CloseImplicitly(const std::string& name, std::uint32_t flags) {
    if (!(flags & kClosesOwnKind)) {  // most tags (div, span, p...): no names to compare
      if (flags & kClosesP) CloseP();
      if ((flags & kHeading) && !stack_.empty() && (stack_.back().flags & kHeading)) Pop();
      return true;
    }
    if (name == "form" && Count("form") > 0) return false;
    if (name == "select" && Count("select") > 0) {
      PopTo(FindOpenWithin([](const Open& e) { return e.name == "select"; }, 0));
      return false;
    }
    if ((flags & kTablePart) && name != "table" && Count("table") == 0) return false;
    if (flags & kClosesP) CloseP();
    if ((flags & kHeading) && !stack_.empty() && (stack_.back().flags & kHeading)) Pop();
    auto special_but_address_div_p = [](const Open& e) {
      return (e.flags & kSpecial) && e.name != "address" && e.name != "div" && e.name != "p";
    };
    auto table = [](const Open& e) { return e.name == "table"; };
    if (name == "li") {
      PopTo(FindOpen([](const Open& e) { return e.name == "li"; }, special_but_address_div_p));
    } else if (name == "dd" || name == "dt") {
      PopTo(FindOpen([](const Open& e) { return e.name == "dd" || e.name == "dt"; },
                     special_but_address_div_p));
    } else if (name == "option" || name == "optgroup") {
      if (!stack_.empty() && stack_.back().name == "option") Pop();
      if (name == "optgroup" && !stack_.empty() && stack_.back().name == "optgroup") Pop();
    } else if (name == "td" || name == "th") {
      PopTo(FindOpen([](const Open& e) { return e.name == "td" || e.name == "th"; }, table));
      ImplyTableParents(true);
    } else if (name == "tr") {
      PopTo(FindOpen([](const Open& e) { return e.name == "tr"; }, table));
      ImplyTableParents(false);
    } else if (name == "tbody" || name == "thead" || name == "tfoot") {
      PopTo(FindOpen(
          [](const Open& e) { return e.name == "tbody" || e.name == "thead" || e.name == "tfoot"; },
          table));
    } else if (name == "table" && !stack_.empty() && (stack_.back().flags & kTablePart) &&
               stack_.back().name != "td" && stack_.back().name != "th") {
      PopTo(FindOpenWithin([](const Open& e) { return e.name == "table"; }, 0));
    } else if (name == "a" || name == "nobr") {
      CloseFormatting(name);
    } else if (name == "button") {
      PopTo(FindOpenWithin([](const Open& e) { return e.name == "button"; }, kScope));
    }
    return true;
  }

  void OnEndTag(const std::string& name) {
    std::uint32_t flags = TagFlags(name);
    if (name == "br") {
      Reconstruct();
      return;
    }
    for (std::size_t i = stack_.size(); i > 0 && stack_[i - 1].foreign; --i) {
      if (stack_[i - 1].name == name) {
        PopTo(static_cast<long>(i - 1));
        return;
      }
    }
    if (flags & kMergedStart) return;
    if (flags & kFormatting) {
      CloseFormatting(name);
      return;
    }
    if (flags & kHeading) {  // any open heading closes
      PopTo(FindOpenWithin([](const Open& e) { return (e.flags & kHeading) != 0; }, kScope));
      return;
    }
    if (Count(name) == 0) return;
    if (name == "p") {
      CloseP();
    } else if (flags & (kScope | kTablePart)) {
      PopTo(FindOpenWithin([&name](const Open& e) { return e.name == name; }, 0));
    } else if (flags & kSpecial) {
      PopTo(FindOpenWithin([&name](const Open& e) { return e.name == name; }, kScope));
    } else {  // "any other end tag": stops at the first special element
      PopTo(FindOpenWithin([&name](const Open& e) { return e.name == name; }, kSpecial));
    }
  }

  // Gumbo inserts the <tbody> (and <tr>) that a row (or cell) directly
  // inside a table lacks.
  void ImplyTableParents(bool cell) {
    if (stack_.empty()) return;
    const std::string& top = stack_.back().name;
    bool in_table = top == "table";
    bool in_section = in_table || top == "tbody" || top == "thead" || top == "tfoot";
    if (in_table) PushImplied("tbody");  // may move `top`
    if (cell && in_section) PushImplied("tr");
  }

  void PushImplied(const char* name) {
    stack_.push_back({name, TagFlags(name), false, 0});
    ++counts_[name];
  }

  // Index of the topmost open element matching `match`, searching down from
  // the top and giving up at an element matching `stop`; -1 if none.
  template <typename Match, typename Stop>
  long FindOpen(Match match, Stop stop) const {
    for (std::size_t i = stack_.size(); i > 0; --i) {
      const Open& e = stack_[i - 1];
      if (match(e)) return static_cast<long>(i - 1);
      if (stop(e)) return -1;
    }
    return -1;
  }
  template <typename Match>
  long FindOpenWithin(Match match, std::uint32_t stop_flags) const {
    return FindOpen(match, [stop_flags](const Open& e) { return (e.flags & stop_flags) != 0; });
  }

  // Closes an open <p> in button scope.
  void CloseP() {
    if (Count("p") == 0) return;
    PopTo(FindOpen([](const Open& e) { return e.name == "p"; },
                   [](const Open& e) { return (e.flags & kScope) || e.name == "button"; }));
  }

  // The adoption agency, reduced to its effect on depth: the formatting
  // element and everything above it is closed.
  void CloseFormatting(const std::string& name) {
    for (std::size_t i = formatting_.size(); i > 0 && formatting_[i - 1].id != 0; --i) {
      if (formatting_[i - 1].name != name) continue;
      std::uint64_t id = formatting_[i - 1].id;
      formatting_.erase(formatting_.begin() + static_cast<long>(i - 1));
      if (live_.count(id)) {
        PopTo(FindOpenWithin([id](const Open& e) { return e.id == id; }, 0));
      }
      return;
    }
    if (Count(name) > 0) {
      PopTo(FindOpenWithin([&name](const Open& e) { return e.name == name; }, kSpecial));
    }
  }

  // Appends to the list of active formatting elements (Noah's Ark: at most
  // three equal entries after the last marker).
  void AddFormatting(const std::string& name, std::string_view attributes) {
    while (!attributes.empty() &&
           (IsAsciiWhitespace(attributes.back()) || attributes.back() == '/')) {
      attributes.remove_suffix(1);
    }
    while (!attributes.empty() && IsAsciiWhitespace(attributes.front())) {
      attributes.remove_prefix(1);
    }
    int equal = 0;
    std::size_t earliest = 0;
    for (std::size_t i = formatting_.size(); i > 0 && formatting_[i - 1].id != 0; --i) {
      if (formatting_[i - 1].name == name && formatting_[i - 1].attributes == attributes) {
        ++equal;
        earliest = i - 1;
      }
    }
    if (equal >= 3) formatting_.erase(formatting_.begin() + static_cast<long>(earliest));
    formatting_.push_back({name, attributes, stack_.back().id});
  }

  void ClearFormattingToMarker() {
    while (!formatting_.empty()) {
      bool marker = formatting_.back().id == 0;
      formatting_.pop_back();
      if (marker) break;
    }
  }

  // Re-opens formatting elements that were closed implicitly, as Gumbo does
  // before inserting text or an inline element.
  void Reconstruct() {
    std::size_t i = formatting_.size();
    while (i > 0 && formatting_[i - 1].id != 0 && !live_.count(formatting_[i - 1].id)) --i;
    for (; i < formatting_.size(); ++i) {
      stack_.push_back({formatting_[i].name, TagFlags(formatting_[i].name), false, ++next_id_});
      ++counts_[formatting_[i].name];
      formatting_[i].id = next_id_;
      live_.insert(next_id_);
    }
  }

  // Opens an element, or rewrites its start tag if it would be too deep.
  bool Push(const std::string& name, std::uint32_t flags, bool foreign, std::size_t tag_begin,
            std::size_t tag_end) {
    if (stack_.size() >= max_depth_) {
      out_.append(in_.substr(copied_, tag_begin - copied_));
      if (flags & kSpecial) out_.append("<br>");
      copied_ = tag_end;
      rewritten_ = true;
      return false;
    }
    std::uint64_t id = (flags & kFormatting) ? ++next_id_ : 0;
    stack_.push_back({name, flags, foreign, id});
    ++counts_[name];
    if (id != 0) live_.insert(id);
    return true;
  }

  void Pop() {
    Open& e = stack_.back();
    --counts_[e.name];
    if (e.id != 0) live_.erase(e.id);
    if (e.flags & kMarker) ClearFormattingToMarker();  // a closed cell forgets its formatting
    stack_.pop_back();
  }

  // Pops elements until `index` (an index into the stack) is gone; no-op for -1.
  void PopTo(long index) {
    if (index < 0) return;
    while (stack_.size() > static_cast<std::size_t>(index)) Pop();
  }

  int Count(const std::string& name) const {
    auto it = counts_.find(name);
    return it == counts_.end() ? 0 : it->second;
  }

  std::string_view in_;
  std::size_t max_depth_;
  std::vector<Open> stack_;  // html and body are implied below the bottom
  std::vector<Formatting> formatting_;
  std::unordered_map<std::string, int> counts_;  // open elements by name
  std::unordered_set<std::uint64_t> live_;       // ids of open formatting elements
  std::uint64_t next_id_ = 0;
  std::string out_;
  std::size_t copied_ = 0;  // input before this position is in out_
  bool rewritten_ = false;
};

}  // namespace

bool LimitHtmlNesting(std::string_view html, std::size_t max_depth, std::string* out) {
  return NestingLimiter(html, max_depth).Run(out);
}

}  // namespace corpusd
