#include "parsers/html/html_metadata_scan.h"

#include <cctype>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/ascii.h"
#include "parsers/dates/date_tokens.h"

namespace corpusd {
namespace {

// Caps that keep one pass linear however a page is built.
constexpr std::size_t kMaxOpenCollectors = 4;  // text feeds at most this many enclosing elements
constexpr std::size_t kCollectorCap = 300;     // bytes kept of an element's text
constexpr std::size_t kMaxShortText = 320;     // a longer line is running text, not a date line
constexpr std::size_t kMaxShortTexts = 2000;
constexpr std::size_t kMaxClues = 500;

// Inherited state of an element's subtree.
enum Flags : std::uint8_t {
  kInArticle = 1,     // article-like container
  kInJunk = 2,        // comments, related links, sidebars, navigation
  kInvisible = 4,     // script, style, head, ... : text never shown
  kInSvg = 8,         // inside <svg>, whose <title> is not the page's
  kInClassJunk = 16,  // inside an element whose class or id alone says junk
  kInArticleAside = 32,  // inside an <aside> of the article: junk but for its dates
  kInListItem = 64,      // inside an <li>
  kInItem = 128,         // inside an <article> of a list: a comment or a teaser
};

// What an element's collected text is for.
enum class Purpose : std::uint8_t {
  kTitle,
  kH1,
  kHeading,
  kDate,
  kByline,
  kRelAuthor,
  kTime,
  kJsonLd
};

struct Collector {
  Purpose purpose;
  std::size_t at = 0;  // bytes of visible text before the element
  std::string text;
  DateClue clue;         // for kDate and kTime
  bool is_date = false;  // a <time>, or an element whose class names a date
};

struct Frame {
  HtmlNode node;
  std::size_t next_child = 0;
  int collector = -1;  // index into the collectors, or -1
  std::uint8_t flags = 0;
  bool block = false;            // ends a line of text
  bool class_junk_root = false;  // the outermost element judged junk by class
  std::size_t visible_at_enter = 0;
};

bool ContainsAny(std::string_view hay, std::initializer_list<std::string_view> needles) {
  if (hay.empty()) return false;  // most elements have no class or id
  for (std::string_view n : needles) {
    if (hay.find(n) != std::string_view::npos) return true;
  }
  return false;
}

// Whitespace runs to one space, trimmed.
std::string Collapse(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

bool IsBlockTag(std::string_view tag) {
  static constexpr std::string_view kBlocks[] = {
      "address", "article", "aside",      "blockquote", "body",   "br",   "dd", "div",
      "dl",      "dt",      "figcaption", "figure",     "footer", "form", "h1", "h2",
      "h3",      "h4",      "h5",         "h6",         "header", "hr",   "li", "main",
      "nav",     "ol",      "p",          "section",    "table",  "td",   "th", "tr",
      "ul",      "time",    "title",      "script",     "style"};
  for (std::string_view b : kBlocks) {
    if (tag == b) return true;
  }
  return false;
}

class Scanner {
 public:
  explicit Scanner(bool class_hints) : class_hints_(class_hints) {}
  PageScan Run(const HtmlDocument& doc);

 private:
  void Enter(Frame& f, std::uint8_t parent_flags);
  void Leave(const Frame& f);
  void Text(std::string_view text, std::uint8_t flags);
  int Open(Purpose p, DateClue clue = {});
  void FlushLine();
  bool NamedByTitle(std::string_view heading) const;
  void TakeAsHeadline(std::size_t at, bool named_by_title);
  void AddClue(std::vector<DateClue>& to, DateClue clue) {
    if (to.size() < kMaxClues && !clue.text.empty()) to.push_back(std::move(clue));
  }

  PageScan scan_;
  std::vector<Collector> collectors_;
  std::vector<int> open_;  // collectors of the elements on the current path
  std::string line_;       // visible text since the last block boundary
  bool class_hints_;
  std::size_t visible_bytes_ = 0;       // visible text so far
  std::size_t lines_ = 0;               // visible lines so far
  std::size_t class_junk_bytes_ = 0;    // visible text inside class-junk elements
  bool headline_taken_for_junk_ = false;  // a class-junk element holds the <main> or an <h1>
  bool seen_h1_ = false;
  bool headline_named_by_title_ = false;
  bool seen_title_ = false;
};

int Scanner::Open(Purpose p, DateClue clue) {
  clue.at = visible_bytes_;
  collectors_.push_back(Collector{p, visible_bytes_, {}, std::move(clue)});
  int index = static_cast<int>(collectors_.size()) - 1;
  open_.push_back(index);
  return index;
}

// Whether a heading's text is the page's title, as its <title> or Open
// Graph title names it ("Headline | Site"): the article's own headline,
// where a first <h1> can be the site's or the section's name.
bool Scanner::NamedByTitle(std::string_view heading) const {
  constexpr std::size_t kMinHeadline = 12;  // shorter is a section name ("Politik")
  if (heading.size() < kMinHeadline) return false;
  if (scan_.title_tag.find(heading) != std::string::npos) return true;
  const std::string& og_title = scan_.Meta("og:title");
  return og_title.find(heading) != std::string::npos;
}

// A heading ends where the headline is, unless one the title names came
// first.
void Scanner::TakeAsHeadline(std::size_t at, bool named_by_title) {
  if (headline_named_by_title_) return;
  if (scan_.headline_at && !named_by_title) return;
  scan_.headline_at = at;
  scan_.first_text_after_headline = scan_.short_texts.size();
  scan_.lines_to_headline_end = lines_;
  headline_named_by_title_ = named_by_title;
}

void Scanner::FlushLine() {
  if (line_.empty()) return;
  std::string text = Collapse(line_);
  line_.clear();
  if (text.empty()) return;
  ++lines_;
  if (text.size() >= 4 && text.size() <= kMaxShortText && HasDateDigit(text) &&
      scan_.short_texts.size() < kMaxShortTexts) {
    scan_.short_texts.push_back(std::move(text));
    scan_.short_text_lines.push_back(lines_ - 1);
  }
}

void Scanner::Enter(Frame& f, std::uint8_t parent_flags) {
  HtmlNode n = f.node;
  std::string_view tag = n.tag();
  std::uint8_t flags = parent_flags;
  std::string cls = AsciiLowerCopy(n.attribute("class"));
  if (n.has_attribute("id")) {
    cls += ' ';
    cls += AsciiLowerCopy(n.attribute("id"));
  }
  std::string itemprop = AsciiLowerCopy(n.attribute("itemprop"));

  if (tag == "head" || tag == "script" || tag == "style" || tag == "noscript" ||
      tag == "template" || tag == "svg" || tag == "select" || tag == "textarea") {
    flags |= kInvisible;
  }
  if (tag == "svg") flags |= kInSvg;
  // Page-wide containers carry page-wide classes ("has-sidebar"), not a role.
  const bool container = tag == "html" || tag == "body" || tag == "main" || tag == "article";
  const bool junk_class =
      !container && ContainsAny(cls, {"comment", "related", "sidebar", "recommend", "popular",
                                      "most-read", "trending", "more-from", "read-more", "readmore"});
  if (tag == "aside" || tag == "nav" || (tag == "footer" && !(flags & kInArticle))) {
    // An <aside> inside the article is its box of facts (date, author, tags)
    // as often as a related-links box, which says so in its class: with
    // class hints, its dates are read. Not its names (a bio, other authors),
    // nor without class hints, where the tag is all there is to go by.
    if (tag == "aside" && class_hints_ && (flags & kInArticle) && !(flags & kInJunk) &&
        !junk_class) {
      flags |= kInArticleAside;
    } else {
      flags &= ~kInArticleAside;
    }
    flags |= kInJunk;
  } else if (junk_class) {
    if (!(flags & kInClassJunk)) {
      f.class_junk_root = true;
      f.visible_at_enter = visible_bytes_;
    }
    flags |= kInClassJunk;
    if (class_hints_) {
      flags |= kInJunk;
      flags &= ~kInArticleAside;
    }
  }
  if (tag == "li") flags |= kInListItem;
  if (tag == "article" && (flags & kInListItem)) flags |= kInItem;
  if (tag == "article" || tag == "main" || tag == "header" ||
      ContainsAny(cls, {"article", "post", "entry", "story", "hentry", "headline"})) {
    flags |= kInArticle;
  }
  f.flags = flags;
  f.block = IsBlockTag(tag);
  if (f.block) FlushLine();

  const bool junk = flags & kInJunk;
  if (tag == "html" && scan_.html_lang.empty()) scan_.html_lang = n.attribute("lang");
  if (tag == "meta") {
    std::string key;
    for (std::string_view a : {"name", "property", "itemprop", "http-equiv"}) {
      if (n.has_attribute(a) && !n.attribute(a).empty()) {
        key = AsciiLowerCopy(n.attribute(a));
        break;
      }
    }
    // <meta pubdate content="..."> names its key by an attribute alone.
    if (key.empty() && n.has_attribute("pubdate")) key = "pubdate";
    // Dublin Core written with a colon, as RDFa does ("dc:created"), is the
    // same key as the dotted HTML form.
    for (std::string_view prefix : {"dc:", "dcterms:"}) {
      if (key.starts_with(prefix)) key[prefix.size() - 1] = '.';
    }
    // Microdata on <meta> sometimes carries the value as `datetime`.
    const std::string_view value =
        n.has_attribute("content") ? n.attribute("content") : n.attribute("datetime");
    if (!key.empty() && (n.has_attribute("content") || n.has_attribute("datetime"))) {
      scan_.metas.emplace_back(key, Collapse(value));
    }
    return;
  }
  if (tag == "link") {
    std::string rel = AsciiLowerCopy(n.attribute("rel"));
    if (rel == "canonical" && scan_.canonical.empty()) scan_.canonical = n.attribute("href");
    return;
  }
  if (tag == "title" && !(flags & kInSvg) && scan_.title_tag.empty() && !seen_title_) {
    seen_title_ = true;
    f.collector = Open(Purpose::kTitle);
    return;
  }
  if (tag == "script") {
    if (AsciiLowerCopy(n.attribute("type")).find("ld+json") != std::string::npos) {
      f.collector = Open(Purpose::kJsonLd);
    }
    return;
  }
  if (flags & kInvisible) return;
  if ((tag == "h1" || tag == "main") && (flags & kInClassJunk)) headline_taken_for_junk_ = true;
  if (tag == "h1" && !seen_h1_ && !junk) {
    f.collector = Open(Purpose::kH1);
    return;
  }
  if (junk && !(flags & kInArticleAside)) return;
  const bool dates_only = junk;

  // Dates marked up as such: <time>, itemprop dates, <abbr class=published>.
  // RDFa on any element, as Drupal writes it: <span property="dc:date
  // dc:created" content="2020-06-07T10:00:00+02:00">.
  const std::string property = AsciiLowerCopy(n.attribute("property"));
  const bool rdfa_published =
      !property.empty() && !n.attribute("content").empty() &&
      ContainsAny(property, {"dc:date", "dc:created", "dc:issued", "dcterms:created",
                             "dcterms:issued", "datepublished", "published_time"});
  bool is_pub_prop = itemprop == "datepublished" || itemprop == "datecreated" || rdfa_published;
  bool is_mod_prop = itemprop == "datemodified";
  // A Unix time in `data-utime` (Facebook's markup, copied by some sites).
  const bool utime = n.has_attribute("data-utime") && !n.attribute("data-utime").empty();
  if (tag == "time" || is_pub_prop || is_mod_prop || utime ||
      (tag == "abbr" && ContainsAny(cls, {"published", "updated", "date"}))) {
    DateClue clue;
    clue.at = visible_bytes_;
    clue.in_item = flags & kInItem;
    clue.in_article = (flags & kInArticle) && !clue.in_item;
    clue.published = is_pub_prop || n.has_attribute("pubdate") ||
                     ContainsAny(cls, {"publish", "entry-date", "pubdate", "created"});
    clue.modified = is_mod_prop || (!clue.published && ContainsAny(cls, {"update", "modif"}));
    for (std::string_view a : {"datetime", "content", "data-utime", "title"}) {
      if (a == "title" && tag != "abbr") continue;
      if (!n.attribute(a).empty()) {
        clue.text = Collapse(n.attribute(a));
        break;
      }
    }
    if (!clue.text.empty()) {
      AddClue(scan_.time_elements, std::move(clue));
    } else {
      f.collector = Open(Purpose::kTime, std::move(clue));
      collectors_.back().is_date = true;
    }
    return;
  }
  // A class naming a date wins over one naming the byline it sits in
  // ("byline-timestamp", "byline__date"): its text is a date, not a name.
  const bool date_class =
      !cls.empty() && tag != "body" && tag != "html" &&
      ContainsAny(cls, {"date", "time", "publish", "posted", "datum", "fecha", "byline", "dateline",
                        "meta", "subline", "info"});
  // One naming the author as well ("date-author") stays the byline's.
  const bool names_date = date_class && ContainsAny(cls, {"date", "time", "publish", "posted"}) &&
                          !ContainsAny(cls, {"author", "writer", "autor"});
  if (names_date || dates_only) {
    // Left to the date collector below.
  } else if (n.has_attribute("rel") &&
             AsciiLowerCopy(n.attribute("rel")).find("author") != std::string::npos) {
    f.collector = Open(Purpose::kRelAuthor);
    return;
  }
  if (!names_date && !dates_only &&
      (itemprop == "author" ||
       (!cls.empty() && ContainsAny(cls, {"author", "byline", "writer", "autor"}) &&
        !ContainsAny(cls, {"bio", "avatar", "image", "photo"})))) {
    if (!n.attribute("content").empty()) {
      scan_.byline_texts.push_back(Collapse(n.attribute("content")));
    } else {
      f.collector = Open(Purpose::kByline);
    }
  }
  if (f.collector < 0 && !date_class && !dates_only && (tag == "h1" || tag == "h2" || tag == "h3") &&
      !headline_named_by_title_) {
    f.collector = Open(Purpose::kHeading);
  }
  if (f.collector < 0 && date_class) {
    DateClue clue;
    clue.in_item = flags & kInItem;
    clue.in_article = (flags & kInArticle) && !clue.in_item;
    clue.published = ContainsAny(cls, {"publish", "posted", "created"});
    clue.modified = !clue.published && ContainsAny(cls, {"update", "modif"});
    f.collector = Open(Purpose::kDate, std::move(clue));
    collectors_.back().is_date = names_date;
  }
}

void Scanner::Leave(const Frame& f) {
  if (f.block) FlushLine();
  if (f.class_junk_root) {
    class_junk_bytes_ += visible_bytes_ - f.visible_at_enter;
  }
  if (f.collector < 0) return;
  if (!open_.empty() && open_.back() == f.collector) open_.pop_back();
  Collector& c = collectors_[static_cast<std::size_t>(f.collector)];
  if (c.purpose == Purpose::kJsonLd) {
    scan_.json_ld.push_back(std::move(c.text));
    return;
  }
  std::string text = Collapse(c.text);
  switch (c.purpose) {
    case Purpose::kTitle:
      scan_.title_tag = std::move(text);
      break;
    case Purpose::kHeading:
      if (NamedByTitle(text)) TakeAsHeadline(c.at, /*named_by_title=*/true);
      break;
    case Purpose::kH1:
      if (!text.empty()) {
        TakeAsHeadline(c.at, NamedByTitle(text));
        scan_.h1 = std::move(text);
        seen_h1_ = true;
      }
      break;
    case Purpose::kByline:
      if (!text.empty() && text.size() < 200) scan_.byline_texts.push_back(std::move(text));
      break;
    case Purpose::kRelAuthor:
      if (!text.empty() && text.size() < 100) scan_.rel_authors.push_back(std::move(text));
      break;
    case Purpose::kTime:
      c.clue.text = std::move(text);
      AddClue(scan_.time_elements, std::move(c.clue));
      break;
    case Purpose::kDate:
      if (HasDateDigit(text)) {
        c.clue.text = std::move(text);
        AddClue(scan_.date_elements, std::move(c.clue));
      }
      break;
    case Purpose::kJsonLd:
      break;
  }
}

void Scanner::Text(std::string_view text, std::uint8_t flags) {
  if (!open_.empty() &&
      collectors_[static_cast<std::size_t>(open_.back())].purpose == Purpose::kJsonLd) {
    collectors_[static_cast<std::size_t>(open_.back())].text += text;
    return;
  }
  std::size_t first = open_.size() > kMaxOpenCollectors ? open_.size() - kMaxOpenCollectors : 0;
  // A date inside a byline ("By Cat / June 12, 2020") is not part of the name.
  std::size_t innermost_date = 0;
  for (std::size_t i = first; i < open_.size(); ++i) {
    if (collectors_[static_cast<std::size_t>(open_[i])].is_date) innermost_date = i + 1;
  }
  for (std::size_t i = first; i < open_.size(); ++i) {
    Collector& c = collectors_[static_cast<std::size_t>(open_[i])];
    if (c.purpose == Purpose::kJsonLd || c.text.size() >= kCollectorCap) continue;
    if (c.purpose == Purpose::kByline && i < innermost_date) continue;
    if ((flags & kInvisible) && c.purpose != Purpose::kTitle) continue;
    // White space is kept collapsed, so that the cap counts what a reader
    // sees, however the page is indented.
    for (const char ch : text) {
      if (c.text.size() >= kCollectorCap) break;
      if (!IsAsciiWhitespace(ch)) {
        c.text += ch;
      } else if (!c.text.empty() && c.text.back() != ' ') {
        c.text += ' ';
      }
    }
    if (!c.text.empty() && c.text.back() != ' ') c.text += ' ';
  }
  if (!(flags & kInvisible)) visible_bytes_ += text.size();
  if (!(flags & (kInvisible | kInJunk)) && line_.size() < 4 * kMaxShortText) {
    line_ += text;
  }
}

PageScan Scanner::Run(const HtmlDocument& doc) {
  std::vector<Frame> stack;
  stack.push_back(Frame{doc.root()});
  while (!stack.empty()) {
    Frame& top = stack.back();
    if (top.next_child >= top.node.child_count()) {
      Leave(top);
      stack.pop_back();
      continue;
    }
    HtmlNode child = top.node.child(top.next_child++);
    std::uint8_t flags = top.flags;
    switch (child.type()) {
      case HtmlNode::Type::kElement:
      case HtmlNode::Type::kTemplate: {
        Frame f{child};
        Enter(f, flags);
        stack.push_back(f);
        break;
      }
      case HtmlNode::Type::kText:
      case HtmlNode::Type::kCdata:
      case HtmlNode::Type::kWhitespace:
        Text(child.text(), flags);
        break;
      default:
        break;
    }
  }
  FlushLine();
  // Most of the page's text in class-junk elements: its layout, or a forum
  // thread whose posts are "comments".
  scan_.headline_taken_for_junk = headline_taken_for_junk_;
  scan_.layout_taken_for_junk =
      headline_taken_for_junk_ || (visible_bytes_ > 0 && 2 * class_junk_bytes_ > visible_bytes_);
  return std::move(scan_);
}

}  // namespace

const std::string& PageScan::Meta(std::string_view key) const {
  static const std::string* const kEmpty = new std::string();
  for (const auto& [k, v] : metas) {
    if (k == key && !v.empty()) return v;
  }
  return *kEmpty;
}

PageScan ScanPage(const HtmlDocument& doc, bool class_hints) {
  return Scanner(class_hints).Run(doc);
}

}  // namespace corpusd
