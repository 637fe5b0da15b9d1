#include "parsers/html/html_text.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parsers/ascii.h"
#include "parsers/html/html_blocks.h"
#include "parsers/html/html_document.h"

namespace corpusd {
namespace {

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
      std::string_view lang = TrimAsciiWhitespace(child.attribute("lang"));
      if (lang.empty()) lang = TrimAsciiWhitespace(child.attribute("xml:lang"));
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
