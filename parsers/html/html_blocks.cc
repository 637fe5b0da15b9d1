#include "parsers/html/html_blocks.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parsers/ascii.h"
#include "parsers/html/html_document.h"

namespace corpusd {
namespace {

// True for `style="display: none"` in any spacing and case.
bool StyleHides(std::string_view style) {
  std::string squeezed;
  squeezed.reserve(style.size());
  for (char c : style) {
    if (IsAsciiWhitespace(c)) continue;
    squeezed.push_back(AsciiLower(c));
  }
  std::size_t at = squeezed.find("display:none");
  // "display:none" must start a declaration, not end e.g. "-webkit-display:none".
  return at != std::string::npos && (at == 0 || squeezed[at - 1] == ';' || squeezed[at - 1] == '{');
}

// Appends `text` to `out` with runs of ASCII whitespace collapsed to one space.
// `pending_space` carries a space that is due before the next visible
// character, across inline element boundaries.
void AppendCollapsed(std::string_view text, std::string* out, bool* pending_space) {
  for (char c : text) {
    if (IsAsciiWhitespace(c)) {
      *pending_space = true;
      continue;
    }
    if (*pending_space && !out->empty()) out->push_back(' ');
    *pending_space = false;
    out->push_back(c);
  }
}

}  // namespace

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

bool IsHidden(const HtmlNode& e) {
  if (e.has_attribute("hidden")) return true;
  if (EqualsIgnoreAsciiCase(TrimAsciiWhitespace(e.attribute("aria-hidden")), "true")) return true;
  std::string_view style = e.attribute("style");
  return !style.empty() && StyleHides(style);
}

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

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  bool pending = false;
  AppendCollapsed(text, &out, &pending);
  return out;
}

void BlockBuilder::AddText(std::string_view text) {
  if (pre_depth_ > 0) {
    current_.append(text);
  } else {
    AppendCollapsed(text, &current_, &pending_space_);
  }
}

void BlockBuilder::Break() {
  if (pre_depth_ > 0) {
    if (!current_.empty() && current_.back() != '\n') current_.push_back('\n');
    return;
  }
  Flush(false);
}

void BlockBuilder::Space() {
  if (pre_depth_ > 0) {
    if (!current_.empty() && !IsAsciiWhitespace(current_.back())) current_.push_back(' ');
    return;
  }
  pending_space_ = true;
}

void BlockBuilder::EnterPre() {
  if (pre_depth_++ == 0) Flush(false);
}

void BlockBuilder::LeavePre() {
  if (--pre_depth_ == 0) Flush(true);
}

void BlockBuilder::Finish() { Flush(pre_depth_ > 0); }

void BlockBuilder::Flush(bool preformatted) {
  std::string_view block = current_;
  if (preformatted) {
    // Keeps the indentation of the first line, drops blank lines around.
    while (!block.empty() && IsAsciiWhitespace(block.back())) block.remove_suffix(1);
    std::size_t first_line = 0;
    for (std::size_t i = 0; i < block.size() && IsAsciiWhitespace(block[i]); ++i) {
      if (block[i] == '\n') first_line = i + 1;
    }
    block.remove_prefix(first_line);
  } else {
    block = TrimAsciiWhitespace(block);
  }
  if (!block.empty()) blocks_->emplace_back(block);
  current_.clear();
  pending_space_ = false;
}

std::vector<std::string> VisibleBlocks(const HtmlNode& e) {
  struct Frame {
    HtmlNode node;
    std::size_t next_child;
    Role role;
  };
  std::vector<std::string> blocks;
  BlockBuilder builder(&blocks);
  std::vector<Frame> stack = {{e, 0, Role::kBlock}};
  while (!stack.empty()) {
    Frame& top = stack.back();
    if (top.next_child >= top.node.child_count()) {
      const Role role = top.role;
      stack.pop_back();
      if (role == Role::kBlock) builder.Break();
      if (role == Role::kPre) builder.LeavePre();
      if (role == Role::kCell) builder.Space();
      continue;
    }
    const HtmlNode node = top.node.child(top.next_child++);
    const HtmlNode::Type type = node.type();
    if (type == HtmlNode::Type::kText || type == HtmlNode::Type::kWhitespace ||
        type == HtmlNode::Type::kCdata) {
      builder.AddText(node.text());
      continue;
    }
    if (type != HtmlNode::Type::kElement && type != HtmlNode::Type::kTemplate) continue;
    const Role role = RoleOf(node.tag());
    if (role == Role::kSkip || role == Role::kHead || role == Role::kTitle || IsHidden(node)) {
      continue;
    }
    if (node.tag() == "noscript" && !HasBlockContent(node)) continue;
    if (role == Role::kBlock || role == Role::kBreak) builder.Break();
    if (role == Role::kPre) builder.EnterPre();
    if (role == Role::kCell) builder.Space();
    stack.push_back({node, 0, role});
  }
  builder.Finish();
  return blocks;
}

}  // namespace corpusd
