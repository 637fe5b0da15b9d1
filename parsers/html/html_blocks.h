// The rules both visible-text walkers share (the whole page, html_text.h, and
// the main content, html_main_content.h): how each element takes part in the
// text, which elements are hidden, and the builder that turns the text of a
// walk into whitespace-collapsed blocks. Pure.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/html/html_document.h"

namespace corpusd {

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

Role RoleOf(std::string_view tag);

// True for `hidden`, `aria-hidden="true"` and `style="display: none"`.
bool IsHidden(const HtmlNode& e);

// True when an element holds a block-level element anywhere below it.
// <noscript> shows what a reader without JavaScript sees, and corpusd is such
// a reader: a noscript of blocks (an article for no-JS readers, or the rest
// of the page after "<noscript><div></noscript>") is kept, one of inline
// content only (a tracking pixel, "please enable JavaScript") is skipped.
bool HasBlockContent(const HtmlNode& e);

// An element left open until the end of the document holds the rest of the
// page: after "<noscript><div></noscript>" the end tag is ignored and every
// later element lands inside the noscript. Such an element is not skipped, or
// the page would be lost. Raw-text elements (script, style, textarea, ...) and
// select lists are skipped all the same: their content is never page text.
bool SwallowedTheRest(const HtmlNode& e);

std::string CollapseWhitespace(std::string_view text);

// The visible text of one element's subtree as blocks (what a reader would
// have seen there): for telling what an extraction left out.
std::vector<std::string> VisibleBlocks(const HtmlNode& e);

// Collects blocks while a tree is walked: text is appended with whitespace
// collapsed (kept inside <pre>), and every break ends the current block.
class BlockBuilder {
 public:
  explicit BlockBuilder(std::vector<std::string>* blocks) : blocks_(blocks) {}

  void AddText(std::string_view text);
  // A block boundary: ends the current block, or a line inside a <pre>.
  void Break();
  // Separates table cells (and anything else that must not glue) by a space.
  void Space();
  void EnterPre();
  void LeavePre();
  // Ends the last block.
  void Finish();

  // True when the current, unfinished block holds no text yet.
  bool current_empty() const { return current_.empty(); }

 private:
  void Flush(bool preformatted);

  std::vector<std::string>* blocks_;
  std::string current_;
  bool pending_space_ = false;
  int pre_depth_ = 0;  // number of open <pre>-like elements
};

}  // namespace corpusd
