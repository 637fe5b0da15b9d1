#include "parsers/html/html_main_content.h"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/ascii.h"
#include "parsers/html/html_blocks.h"
#include "parsers/html/html_document.h"
#include "parsers/html/main_content_hints.h"

namespace corpusd {
namespace {

// Readability's head start for a candidate container by its tag.
double TagBase(std::string_view tag) {
  if (tag == "div" || tag == "article" || tag == "section" || tag == "main") return 5;
  if (tag == "pre" || tag == "td" || tag == "blockquote") return 3;
  if (tag == "ol" || tag == "ul" || tag == "dl" || tag == "dd" || tag == "dt" || tag == "li" ||
      tag == "form" || tag == "address")
    return -3;
  if (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6') return -5;
  if (tag == "th") return -5;
  return 0;
}

int HeadingLevel(std::string_view tag) {
  if (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6') return tag[1] - '0';
  return 0;
}

// Commas of a paragraph, Latin and CJK (a sign of prose, not of link lists).
int CountCommas(std::string_view s) {
  int n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ',') ++n;
    // U+FF0C FULLWIDTH COMMA, U+3001 IDEOGRAPHIC COMMA.
    if (i + 2 < s.size() &&
        ((s.substr(i, 3) == "\xEF\xBC\x8C") || s.substr(i, 3) == "\xE3\x80\x81")) {
      ++n;
    }
  }
  return n;
}

int NonSpaceBytes(std::string_view s) {
  int n = 0;
  for (char c : s) n += !IsAsciiWhitespace(c);
  return n;
}

// One element kept by the walk, in document (pre-)order: an element's
// descendants are the indices after it up to `end`.
struct Element {
  HtmlNode node;
  int parent;
  int end = 0;
  std::string_view tag;
  double text_chars = 0;  // non-space bytes of text in the subtree
  double link_chars = 0;  // of which inside links
  double score = 0;
  bool candidate = false;  // has a content score
};

// One block of text and where it came from.
struct Block {
  int owner = 0;  // the innermost block-level element holding its first text
  int chars = 0;  // non-space bytes
  int link_chars = 0;
  int heading = 0;  // 1-6 for h1-h6
};

// One element on the walk's explicit stack (never recursion).
struct Frame {
  HtmlNode node;
  std::size_t next_child;
  int element;  // index in the element table
  int owner;    // innermost block-level element, for the blocks started inside
  Role role;
  bool in_link;
};

// A never-content subtree the walk left out, for the extraction audit.
struct Dropped {
  HtmlNode node;
  int parent;             // the kept element it was a child of
  int position;           // the number of kept elements before it
  std::string_view kind;  // BoilerplateKind's answer
};

// The page as the article finder sees it: the elements left after the
// boilerplate is dropped, and the visible text as blocks tied to them.
struct Page {
  std::vector<Element> elements;
  std::vector<std::string> texts;
  std::vector<Block> blocks;
  std::vector<Dropped> dropped;
};

// Walks the document once, iteratively, dropping never-content subtrees.
Page Walk(const HtmlDocument& doc, bool class_hints) {
  Page page;
  BlockBuilder builder(&page.texts);
  Block pending;
  // Ties each finished block to what was recorded while it was built.
  auto sync = [&] {
    if (page.texts.size() > page.blocks.size()) {
      page.blocks.push_back(pending);
    }
    if (builder.current_empty()) pending = Block();
  };
  page.elements.push_back({doc.root(), -1, 0, "", 0, 0, 0, false});
  std::vector<Frame> stack = {{doc.root(), 0, 0, 0, Role::kBlock, false}};
  while (!stack.empty()) {
    Frame& top = stack.back();
    if (top.next_child >= top.node.child_count()) {
      const Role role = top.role;
      page.elements[top.element].end = static_cast<int>(page.elements.size()) - 1;
      stack.pop_back();
      if (role == Role::kBlock) builder.Break();
      if (role == Role::kPre) builder.LeavePre();
      if (role == Role::kCell) builder.Space();
      sync();
      continue;
    }
    const HtmlNode node = top.node.child(top.next_child++);
    const int owner = top.owner;
    const bool in_link = top.in_link;
    const int parent = top.element;
    switch (node.type()) {
      case HtmlNode::Type::kText:
      case HtmlNode::Type::kCdata:
      case HtmlNode::Type::kWhitespace: {
        const int chars = NonSpaceBytes(node.text());
        if (chars > 0 && pending.chars == 0) {
          pending.owner = owner;
          pending.heading = HeadingLevel(page.elements[owner].tag);
        }
        pending.chars += chars;
        if (in_link) pending.link_chars += chars;
        builder.AddText(node.text());
        continue;
      }
      case HtmlNode::Type::kElement:
      case HtmlNode::Type::kTemplate:
        break;
      default:
        continue;
    }
    const std::string_view tag = node.tag();
    const Role role = RoleOf(tag);
    if (role == Role::kHead || role == Role::kTitle) continue;
    std::string_view kind;
    bool skip = true;
    if (tag == "noscript") {
      skip = !HasBlockContent(node);
    } else if (role != Role::kSkip && !IsHidden(node)) {
      kind = BoilerplateKind(node, tag, class_hints);
      skip = !kind.empty();
    }
    if (skip && !SwallowedTheRest(node)) {
      if (!kind.empty() && kind != "hidden") {
        page.dropped.push_back({node, parent, static_cast<int>(page.elements.size()), kind});
      }
      continue;
    }
    if (tag == "dialog" && !node.has_attribute("open")) continue;
    if (role == Role::kBlock) builder.Break();
    if (role == Role::kPre) builder.EnterPre();
    if (role == Role::kCell) builder.Space();
    if (role == Role::kBreak) builder.Break();
    sync();
    const int index = static_cast<int>(page.elements.size());
    page.elements.push_back({node, parent, index, tag, 0, 0, 0, false});
    const bool block = role == Role::kBlock || role == Role::kPre || role == Role::kCell;
    stack.push_back({node, 0, index, block ? index : owner, role, in_link || tag == "a"});
  }
  builder.Finish();
  sync();
  return page;
}

// Readability's scoring: every paragraph adds to the score of its parent,
// less to its grandparent and further ancestors; scores are then damped by
// link density. Returns the best candidate, or -1.
int ScoreCandidates(Page* page) {
  std::vector<Element>& el = page->elements;
  for (std::size_t i = 0; i < page->blocks.size(); ++i) {
    const Block& b = page->blocks[i];
    el[b.owner].text_chars += b.chars;
    el[b.owner].link_chars += b.link_chars;
  }
  for (std::size_t i = el.size(); i-- > 1;) {
    el[el[i].parent].text_chars += el[i].text_chars;
    el[el[i].parent].link_chars += el[i].link_chars;
  }
  for (std::size_t i = 0; i < page->blocks.size(); ++i) {
    const Block& b = page->blocks[i];
    if (b.chars < 25 || b.heading != 0) continue;
    const std::string_view owner_tag = el[b.owner].tag;
    if (owner_tag == "li" || owner_tag == "dt" || owner_tag == "th") continue;
    if (b.link_chars * 2 > b.chars) continue;
    const double score = 1 + CountCommas(page->texts[i]) + std::min(b.chars / 100.0, 3.0);
    int e = el[b.owner].parent;
    for (int level = 0; level < 5 && e > 0; ++level, e = el[e].parent) {
      Element& c = el[e];
      if (!c.candidate) {
        c.candidate = true;
        c.score = TagBase(c.tag) + ClassWeight(c.node, c.tag);
      }
      c.score += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
    }
  }
  int best = -1;
  for (std::size_t i = 1; i < el.size(); ++i) {
    Element& c = el[i];
    if (!c.candidate) continue;
    const double density = c.text_chars > 0 ? c.link_chars / c.text_chars : 0;
    c.score *= 1 - density;
    if (best < 0 || c.score > el[best].score) best = static_cast<int>(i);
  }
  if (best < 0) return -1;
  // A parent that scores better than the winner's other ancestors holds more
  // of the article (the winner is one of its sections).
  const double min_score = el[best].score / 3;
  double last_score = el[best].score;
  for (int p = el[best].parent; p > 0 && el[p].tag != "body"; p = el[p].parent) {
    if (!el[p].candidate) continue;
    if (el[p].score < min_score) break;
    if (el[p].score > last_score) {
      best = p;
      break;
    }
    last_score = el[p].score;
  }
  return best;
}

// True when the element's last text ends a sentence: ".", "!", "?", "。",
// perhaps inside closing quotes.
bool EndsASentence(HtmlNode node) {
  const std::vector<std::string> blocks = VisibleBlocks(node);
  if (blocks.empty()) return false;
  std::string_view last = blocks.back();
  for (std::string_view quote : {"\u201D", "\u2019", "\"", "'", "\u00BB", ")"}) {
    if (last.ends_with(quote)) last.remove_suffix(quote.size());
  }
  for (std::string_view end : {".", "!", "?", "\u3002", "\uFF01", "\uFF1F"}) {
    if (last.ends_with(end)) return true;
  }
  return false;
}

// The winner and those of its siblings that look like more of the article.
std::vector<int> ArticleParts(const Page& page, int best) {
  const std::vector<Element>& el = page.elements;
  const int parent = el[best].parent;
  if (parent <= 0) return {best};
  const double threshold = std::max(10.0, el[best].score * 0.2);
  std::vector<int> parts;
  for (int s = parent + 1; s <= el[parent].end; s = el[s].end + 1) {
    if (s == best) {
      parts.push_back(s);
      continue;
    }
    const Element& e = el[s];
    double bonus = 0;
    if (!e.node.attribute("class").empty() &&
        e.node.attribute("class") == el[best].node.attribute("class")) {
      bonus = el[best].score * 0.2;
    }
    if (e.candidate && e.score + bonus >= threshold) {
      parts.push_back(s);
      continue;
    }
    if (e.tag == "p" && e.text_chars > 0) {
      const double density = e.link_chars / e.text_chars;
      if ((e.text_chars > 80 && density < 0.25) || (density == 0 && e.text_chars > 0)) {
        parts.push_back(s);
      }
    } else if (s < best && !e.candidate && e.text_chars > 80 && e.link_chars == 0 &&
               EndsASentence(e.node)) {
      // The standfirst above the body, written as text straight in a <div>
      // (no <p> in it to score): a sentence or two without links, which a
      // byline or a dateline is not.
      parts.push_back(s);
    }
  }
  return parts;
}

// True for a block that repeats the page's headline.
bool IsHeadline(std::string_view block, const std::string& title) {
  const std::string b = NormalizedForCompare(block);
  if (b.empty()) return false;
  return b == title || (b.size() >= 20 && title.find(b) != std::string::npos);
}

// Splits JSON-LD articleBody text into paragraphs at line breaks.
std::vector<std::string> SplitParagraphs(std::string_view text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string p = CollapseWhitespace(text.substr(start, end - start));
    if (!p.empty()) out.push_back(std::move(p));
    start = end + 1;
  }
  return out;
}

// What the audit keeps of a removed block: enough to recognise it.
std::string Excerpt(std::string text) {
  constexpr std::size_t kMaxBytes = 2000;
  if (text.size() <= kMaxBytes) return text;
  std::size_t cut = kMaxBytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  text.resize(cut);
  return text + "\u2026";
}

// The never-content subtrees inside the article, and those after it in its
// container (where comments and teaser lists sit), as removals: the site's
// menus before the article are no text a reader misses.
void AuditDropped(const Page& page, const std::vector<char>& keep, int best,
                  std::vector<Removal>* removed) {
  constexpr std::size_t kMaxRemovals = 32;  // a page's audit, not a copy of the page
  const Element& article = page.elements[best];
  for (const Dropped& d : page.dropped) {
    if (removed->size() >= kMaxRemovals) return;
    // After the article, anywhere inside the element that holds it.
    const Element& container = page.elements[article.parent];
    const bool after_article =
        d.position > article.end && d.parent >= article.parent && d.parent <= container.end;
    if (!keep[d.parent] && !after_article) continue;
    std::string text;
    for (const std::string& block : VisibleBlocks(d.node)) {
      if (!text.empty()) text.push_back('\n');
      text += block;
    }
    if (!text.empty())
      removed->push_back({"html:" + std::string(d.kind), Excerpt(std::move(text))});
  }
}

// One attempt's article, and what it needs for its audit, which is made only
// for the attempt that wins (AuditDropped reads the subtrees' text).
struct Extraction {
  std::vector<std::string> blocks;
  std::vector<Removal> removed;  // blocks left out inside the article
  Page page;
  std::vector<char> keep;  // per element: part of the article
  int best = 0;
};

// One attempt at the article: its blocks, or none, and the blocks inside it
// that were left out and why.
Extraction Attempt(const HtmlDocument& doc, const MainContentHints& hints, bool class_hints) {
  Extraction out;
  out.page = Walk(doc, class_hints);
  Page& page = out.page;
  const int best = out.best = ScoreCandidates(&page);
  if (best <= 0) return out;
  std::vector<char>& keep = out.keep;
  keep.assign(page.elements.size(), 0);
  for (int part : ArticleParts(page, best)) {
    std::fill(keep.begin() + part, keep.begin() + page.elements[part].end + 1, 1);
  }
  const std::string title = NormalizedForCompare(hints.title);
  for (std::size_t i = 0; i < page.blocks.size(); ++i) {
    const Block& b = page.blocks[i];
    if (!keep[b.owner]) continue;
    std::string_view dropped_as;
    if (b.link_chars * 2 > b.chars) {
      dropped_as = "html:links";  // a link list or a "read more"
    } else if (IsBoilerplateText(page.texts[i])) {
      dropped_as = "html:label";
    } else if (b.heading == 1 || (out.blocks.size() < 3 && IsHeadline(page.texts[i], title))) {
      dropped_as = "html:headline";
    }
    if (dropped_as.empty()) {
      out.blocks.push_back(std::move(page.texts[i]));
    } else {
      out.removed.push_back({std::string(dropped_as), Excerpt(std::move(page.texts[i]))});
    }
  }
  return out;
}

std::size_t TotalSize(const std::vector<std::string>& blocks) {
  std::size_t n = 0;
  for (const std::string& b : blocks) n += b.size();
  return n;
}

}  // namespace

std::vector<std::string> ExtractMainContent(const HtmlDocument& doc, const MainContentHints& hints,
                                            std::vector<Removal>* removed) {
  // As Readability does: when dropping by class and id leaves too little,
  // the page's layout carries a boilerplate word and the walk is retried
  // without them; a much longer result wins.
  constexpr std::size_t kEnoughText = 500;
  Extraction out = Attempt(doc, hints, true);
  std::size_t out_chars = TotalSize(out.blocks);
  if (out_chars < kEnoughText) {
    Extraction retry = Attempt(doc, hints, false);
    const std::size_t retry_chars = TotalSize(retry.blocks);
    if (retry_chars > 2 * out_chars) {
      out = std::move(retry);
      out_chars = retry_chars;
    }
  }
  // Structured data: when the page's own articleBody is much longer than
  // what was found, the page hides its article (or splits it) and the
  // JSON-LD text is the better answer.
  constexpr std::size_t kUsableArticleBody = 200;  // shorter ones are teasers
  const std::string body = CollapseWhitespace(hints.article_body);
  if (body.size() >= kUsableArticleBody && out_chars * 2 < body.size()) {
    return SplitParagraphs(hints.article_body);
  }
  // Less than about two sentences is a stray paragraph of a page that has no
  // article (a home page, a list of links): the caller keeps the whole text.
  constexpr std::size_t kLeastArticle = 140;
  if (out_chars < kLeastArticle) return {};
  if (removed != nullptr) {
    for (Removal& r : out.removed) removed->push_back(std::move(r));
    AuditDropped(out.page, out.keep, out.best, removed);
  }
  return std::move(out.blocks);
}

}  // namespace corpusd
