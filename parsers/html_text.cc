#include "parsers/html_text.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parsers/html_document.h"

namespace corpusd {
namespace {

// How an element's content takes part in the visible text.
enum class Role : std::uint8_t {
  kInline,  // text flows on: <a>, <span>, <b>, unknown elements
  kBlock,   // starts and ends a block: <p>, <div>, <li>, <h1>, <tr>, ...
  kPre,     // a block whose whitespace is kept: <pre>, <listing>, <xmp>, <plaintext>
  kCell,    // <td>, <th>: cells of one row are separated by a space
  kBreak,   // <br>, <hr>: ends the current block
  kHead,    // <head>: not visible, but holds the <title>
  kTitle,   // <title>: the document's title, never a block
  kSkip,    // never visible: <script>, <style>, <svg>, form controls, media
};

Role RoleOf(std::string_view tag) {
  static const auto* const kRoles = [] {
    auto* t = new std::unordered_map<std::string_view, Role>();
    for (std::string_view n :
         {"address",  "article",    "aside",   "blockquote", "body",   "caption", "center",
          "dd",       "details",    "dialog",  "dir",        "div",    "dl",      "dt",
          "fieldset", "figcaption", "figure",  "footer",     "form",   "h1",      "h2",
          "h3",       "h4",         "h5",      "h6",         "header", "hgroup",  "legend",
          "li",       "main",       "menu",    "nav",        "ol",     "p",       "search",
          "section",  "summary",    "table",   "tbody",      "tfoot",  "thead",   "tr",
          "ul",       "html",       "frameset"}) {
      (*t)[n] = Role::kBlock;
    }
    for (std::string_view n : {"pre", "listing", "xmp", "plaintext"}) (*t)[n] = Role::kPre;
    for (std::string_view n : {"td", "th"}) (*t)[n] = Role::kCell;
    for (std::string_view n : {"br", "hr"}) (*t)[n] = Role::kBreak;
    for (std::string_view n : {"script", "style",  "noscript", "template", "svg",      "math",
                               "iframe", "object", "embed",    "canvas",   "video",    "audio",
                               "select", "option", "optgroup", "datalist", "textarea", "button",
                               "input",  "map",    "noframes", "noembed",  "applet",   "frame"}) {
      (*t)[n] = Role::kSkip;
    }
    (*t)["head"] = Role::kHead;
    (*t)["title"] = Role::kTitle;
    return t;
  }();
  auto it = kRoles->find(tag);
  return it == kRoles->end() ? Role::kInline : it->second;
}

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

std::string_view TrimAsciiSpace(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
    if (x != y) return false;
  }
  return true;
}

// True for `style="display: none"` in any spacing and case.
bool StyleHides(std::string_view style) {
  std::string squeezed;
  squeezed.reserve(style.size());
  for (char c : style) {
    if (IsAsciiSpace(c)) continue;
    squeezed.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
  }
  std::size_t at = squeezed.find("display:none");
  // "display:none" must start a declaration, not end e.g. "-webkit-display:none".
  return at != std::string::npos && (at == 0 || squeezed[at - 1] == ';' || squeezed[at - 1] == '{');
}

bool IsHidden(const HtmlNode& e) {
  if (e.has_attribute("hidden")) return true;
  if (EqualsIgnoreAsciiCase(TrimAsciiSpace(e.attribute("aria-hidden")), "true")) return true;
  std::string_view style = e.attribute("style");
  return !style.empty() && StyleHides(style);
}

// True when an element holds a block-level element anywhere below it.
// <noscript> shows what a reader without JavaScript sees, and corpusd is such
// a reader: a noscript of blocks (an article for no-JS readers, or the rest
// of the page after "<noscript><div></noscript>") is kept, one of inline
// content only (a tracking pixel, "please enable JavaScript") is skipped.
bool HasBlockContent(const HtmlNode& e) {
  std::vector<HtmlNode> todo = {e};
  while (!todo.empty()) {
    const HtmlNode n = todo.back();
    todo.pop_back();
    for (std::size_t i = 0; i < n.child_count(); ++i) {
      const HtmlNode child = n.child(i);
      if (!child.is_element()) continue;
      const Role role = RoleOf(child.tag());
      if (role == Role::kBlock || role == Role::kPre || role == Role::kCell) return true;
      todo.push_back(child);
    }
  }
  return false;
}

// An element left open until the end of the document holds the rest of the
// page: after "<noscript><div></noscript>" the end tag is ignored and every
// later element lands inside the noscript. Such an element is not skipped, or
// the page would be lost. Raw-text elements (script, style, textarea, ...) and
// select lists are skipped all the same: their content is never page text.
bool SwallowedTheRest(const HtmlNode& e) {
  if (e.has_end_tag()) return false;
  static constexpr std::string_view kAlwaysSkipped[] = {
      "script", "style",  "template", "textarea", "iframe", "noembed", "noframes", "xmp",
      "select", "option", "optgroup", "datalist", "svg",    "math",    "title",    "plaintext"};
  for (std::string_view tag : kAlwaysSkipped) {
    if (e.tag() == tag) return false;
  }
  return true;
}

// Appends `text` to `out` with runs of ASCII whitespace collapsed to one space.
// `pending_space` carries a space that is due before the next visible
// character, across inline element boundaries.
void AppendCollapsed(std::string_view text, std::string* out, bool* pending_space) {
  for (char c : text) {
    if (IsAsciiSpace(c)) {
      *pending_space = true;
      continue;
    }
    if (*pending_space && !out->empty()) out->push_back(' ');
    *pending_space = false;
    out->push_back(c);
  }
}

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  bool pending = false;
  AppendCollapsed(text, &out, &pending);
  return out;
}

// Collects blocks while the tree is walked.
class BlockBuilder {
 public:
  explicit BlockBuilder(std::vector<std::string>* blocks) : blocks_(blocks) {}

  void AddText(std::string_view text) {
    if (pre_depth_ > 0) {
      current_.append(text);
    } else {
      AppendCollapsed(text, &current_, &pending_space_);
    }
  }

  // A block boundary: ends the current block, or a line inside a <pre>.
  void Break() {
    if (pre_depth_ > 0) {
      if (!current_.empty() && current_.back() != '\n') current_.push_back('\n');
      return;
    }
    Flush(false);
  }

  // Separates table cells (and anything else that must not glue) by a space.
  void Space() {
    if (pre_depth_ > 0) {
      if (!current_.empty() && !IsAsciiSpace(current_.back())) current_.push_back(' ');
      return;
    }
    pending_space_ = true;
  }

  void EnterPre() {
    if (pre_depth_++ == 0) Flush(false);
  }
  void LeavePre() {
    if (--pre_depth_ == 0) Flush(true);
  }

  // Ends the last block.
  void Finish() { Flush(pre_depth_ > 0); }

 private:
  void Flush(bool preformatted) {
    std::string_view block = current_;
    if (preformatted) {
      // Keeps the indentation of the first line, drops blank lines around.
      while (!block.empty() && IsAsciiSpace(block.back())) block.remove_suffix(1);
      std::size_t first_line = 0;
      for (std::size_t i = 0; i < block.size() && IsAsciiSpace(block[i]); ++i) {
        if (block[i] == '\n') first_line = i + 1;
      }
      block.remove_prefix(first_line);
    } else {
      block = TrimAsciiSpace(block);
    }
    if (!block.empty()) blocks_->emplace_back(block);
    current_.clear();
    pending_space_ = false;
  }

  std::vector<std::string>* blocks_;
  std::string current_;
  bool pending_space_ = false;
  int pre_depth_ = 0;  // number of open <pre>-like elements
};

// One element on the walk's explicit stack (never recursion: documents may
// nest hundreds of levels).
struct Frame {
  HtmlNode node;
  std::size_t next_child;
  Role role;
  bool visible;  // false inside <head>: only the title is read there
};

}  // namespace

HtmlText ExtractHtmlText(std::string_view utf8_html) {
  const HtmlDocument doc{std::string(utf8_html)};
  return ExtractHtmlText(doc);
}

HtmlText ExtractHtmlText(const HtmlDocument& doc) {
  HtmlText result;
  HtmlNode root = doc.root();

  // <html lang>; "xml:lang" for XHTML written without the plain attribute.
  for (std::size_t i = 0; i < root.child_count(); ++i) {
    HtmlNode child = root.child(i);
    if (child.is_element() && child.tag() == "html") {
      std::string_view lang = TrimAsciiSpace(child.attribute("lang"));
      if (lang.empty()) lang = TrimAsciiSpace(child.attribute("xml:lang"));
      result.language = std::string(lang);
      break;
    }
  }

  BlockBuilder builder(&result.blocks);
  bool have_title = false;
  std::vector<Frame> stack = {{root, 0, Role::kBlock, true}};
  while (!stack.empty()) {
    Frame& top = stack.back();
    if (top.next_child >= top.node.child_count()) {
      Role role = top.role;
      bool visible = top.visible;
      stack.pop_back();
      if (!visible) continue;
      if (role == Role::kBlock) builder.Break();
      if (role == Role::kPre) builder.LeavePre();
      if (role == Role::kCell) builder.Space();
      continue;
    }
    HtmlNode node = top.node.child(top.next_child++);
    bool visible = top.visible;
    switch (node.type()) {
      case HtmlNode::Type::kText:
      case HtmlNode::Type::kWhitespace:
      case HtmlNode::Type::kCdata:
        if (visible) builder.AddText(node.text());
        continue;
      case HtmlNode::Type::kElement:
      case HtmlNode::Type::kTemplate:
        break;
      default:
        continue;  // comments
    }
    Role role = RoleOf(node.tag());
    if (role == Role::kTitle) {
      if (!have_title) {
        have_title = true;
        std::string text;
        for (std::size_t i = 0; i < node.child_count(); ++i) text.append(node.child(i).text());
        result.title = CollapseWhitespace(text);
      }
      continue;
    }
    const bool skip = node.tag() == "noscript" ? !HasBlockContent(node)
                                               : role == Role::kSkip || (visible && IsHidden(node));
    if (skip && !SwallowedTheRest(node)) continue;
    if (node.tag() == "dialog" && !node.has_attribute("open")) continue;  // closed: not shown
    if (role == Role::kHead) {
      stack.push_back({node, 0, role, false});
      continue;
    }
    if (visible) {
      if (role == Role::kBlock) builder.Break();
      if (role == Role::kPre) builder.EnterPre();
      if (role == Role::kCell) builder.Space();
      if (role == Role::kBreak) builder.Break();
    }
    stack.push_back({node, 0, role, visible});
  }
  builder.Finish();
  return result;
}

}  // namespace corpusd
