#include "parsers/html/main_content_hints.h"

#include <cctype>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

#include "parsers/ascii.h"
#include "parsers/html/html_blocks.h"
#include "parsers/html/html_document.h"

namespace corpusd {
namespace {

bool Contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

// True when `word` is one of the tokens of `hints` (class and id split on
// anything but letters and digits): for words too short to match inside
// other words ("ad" in "header").
bool HasToken(std::string_view hints, std::string_view word) {
  std::size_t i = 0;
  while (i < hints.size()) {
    while (i < hints.size() && !std::isalnum(static_cast<unsigned char>(hints[i]))) ++i;
    std::size_t start = i;
    while (i < hints.size() && std::isalnum(static_cast<unsigned char>(hints[i]))) ++i;
    if (hints.substr(start, i - start) == word) return true;
  }
  return false;
}

// Class/id words of elements that are never the article: navigation,
// sharing, comments, teasers of other articles, banners and their kin.
// Matched inside words ("article-comments", "socialbar").
constexpr std::string_view kBoilerplateWords[] = {"comment",
                                                  "share",
                                                  "social",
                                                  "related",
                                                  "recommend",
                                                  "newsletter",
                                                  "subscri",
                                                  "cookie",
                                                  "consent",
                                                  "gdpr",
                                                  "promo",
                                                  "advert",
                                                  "sidebar",
                                                  "breadcrumb",
                                                  "byline",
                                                  "footer",
                                                  "menu",
                                                  "popup",
                                                  "modal",
                                                  "disqus",
                                                  "sponsor",
                                                  "pagination",
                                                  "pager",
                                                  "masthead",
                                                  "outbrain",
                                                  "taboola",
                                                  "signup",
                                                  "skip-link",
                                                  "caption",
                                                  "credit",
                                                  "banner",
                                                  "toolbar",
                                                  "most-read",
                                                  "mostread",
                                                  "trending",
                                                  "author-bio",
                                                  "tag-list",
                                                  "taglist",
                                                  "read-more",
                                                  "readmore",
                                                  "more-stories",
                                                  "dateline",
                                                  "timestamp",
                                                  "print-only",
                                                  "visually-hidden",
                                                  "sr-only",
                                                  "screen-reader",
                                                  "subnav",
                                                  "navbar",
                                                  "header",
                                                  "tooltip",
                                                  "popover",
                                                  "hovercard",
                                                  "rollover",
                                                  "rodape",
                                                  "author-box",
                                                  "authorbox",
                                                  "about-author",
                                                  "about-the-author",
                                                  "author-info",
                                                  "author-card"};
// Short class/id words matched as whole tokens only.
constexpr std::string_view kBoilerplateTokens[] = {
    "ad", "ads", "nav", "tags", "meta", "share", "hidden", "hide", "print", "date", "author"};
// Class/id words that mark (part of) the article; a container with them is
// not dropped for a boilerplate word (Readability's "maybe a candidate").
constexpr std::string_view kContentWords[] = {"article", "body",  "content", "entry", "main",
                                              "post",    "story", "text",    "blog",  "column"};
// Class/id words of the article body itself, strongest of the hints.
constexpr std::string_view kArticleBodyWords[] = {
    "article-body",  "articlebody",   "article_body", "story-body",      "storybody",
    "entry-content", "post-content",  "postcontent",  "article-content", "articlecontent",
    "post-body",     "story-content", "article-text", "articletext",     "content-body",
    "body-text",     "main-content"};
// Words that must drop an element even when a content word is there too
// ("article-share", "post-comments").
constexpr std::string_view kStrongBoilerplateWords[] = {
    "comment", "share",           "social",   "related", "recommend", "newsletter",
    "cookie",  "consent",         "promo",    "advert",  "byline",    "caption",
    "credit",  "breadcrumb",      "outbrain", "taboola", "popup",     "modal",
    "sr-only", "visually-hidden", "tooltip",  "popover", "hovercard", "rollover"};

bool AnyContained(std::string_view hints, const std::string_view* words, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) {
    if (Contains(hints, words[i])) return true;
  }
  return false;
}

template <std::size_t N>
bool AnyContained(std::string_view hints, const std::string_view (&words)[N]) {
  return AnyContained(hints, words, N);
}

// The lower-cased class and id of an element, space-separated.
std::string HintsOf(const HtmlNode& e) {
  std::string hints = AsciiLowerCopy(e.attribute("class"));
  hints.push_back(' ');
  hints.append(AsciiLowerCopy(e.attribute("id")));
  return hints;
}

// Tags whose content is never the article.
bool IsBoilerplateTag(std::string_view tag) {
  static constexpr std::string_view kTags[] = {"nav",     "aside",      "footer", "header",
                                               "figure",  "figcaption", "menu",   "dialog",
                                               "address", "form",       "button", "fieldset"};
  for (std::string_view t : kTags) {
    if (tag == t) return true;
  }
  return false;
}

bool IsBoilerplateRole(std::string_view role) {
  static constexpr std::string_view kRoles[] = {
      "navigation", "complementary", "contentinfo", "banner", "menu",   "menubar",
      "alert",      "alertdialog",   "dialog",      "search", "toolbar"};
  for (std::string_view r : kRoles) {
    if (role == r) return true;
  }
  return false;
}

// What a never-content subtree is, for the extraction audit ("html:<kind>"
// in removals): the first family whose words its class or id holds.
std::string_view KindOfHints(std::string_view hints) {
  struct Family {
    std::string_view kind;
    std::initializer_list<std::string_view> words;
    std::initializer_list<std::string_view> tokens;
  };
  static const Family kFamilies[] = {
      {"comments", {"comment", "disqus"}, {}},
      {"share", {"share", "social", "toolbar"}, {}},
      {"teaser-list",
       {"related", "recommend", "outbrain", "taboola", "most-read", "mostread", "trending",
        "read-more", "readmore", "more-stories"},
       {}},
      {"newsletter", {"newsletter", "subscri", "signup"}, {}},
      {"cookie-notice", {"cookie", "consent", "gdpr"}, {}},
      {"bio",
       {"author-bio", "byline", "author-box", "authorbox", "about-author", "about-the-author",
        "author-info", "author-card"},
       {"author"}},
      {"caption", {"caption", "credit"}, {}},
      {"ad", {"advert", "sponsor", "promo", "banner"}, {"ad", "ads"}},
      {"navigation",
       {"breadcrumb", "menu", "pagination", "pager", "skip-link", "subnav", "navbar"},
       {"nav"}},
      {"popup", {"popup", "modal", "tooltip", "popover", "hovercard", "rollover"}, {}},
      {"hidden",
       {"sr-only", "visually-hidden", "screen-reader", "print-only"},
       {"hidden", "hide", "print"}},
      {"sidebar", {"sidebar"}, {}},
      {"header", {"header", "masthead"}, {}},
      {"footer", {"footer", "rodape"}, {}},
      {"metadata", {"dateline", "timestamp", "tag-list", "taglist"}, {"tags", "meta", "date"}},
  };
  for (const Family& family : kFamilies) {
    for (std::string_view w : family.words) {
      if (Contains(hints, w)) return family.kind;
    }
    for (std::string_view t : family.tokens) {
      if (HasToken(hints, t)) return family.kind;
    }
  }
  return "boilerplate";
}

std::string_view KindOfTag(std::string_view tag) {
  if (tag == "nav" || tag == "menu") return "navigation";
  if (tag == "aside") return "sidebar";
  if (tag == "figure" || tag == "figcaption") return "caption";
  if (tag == "dialog") return "popup";
  if (tag == "address") return "bio";
  if (tag == "button" || tag == "fieldset") return "form";
  return tag;  // header, footer
}

std::string_view KindOfRole(std::string_view role) {
  if (role == "navigation" || role == "menu" || role == "menubar" || role == "search" ||
      role == "toolbar") {
    return "navigation";
  }
  if (role == "complementary") return "sidebar";
  if (role == "contentinfo") return "footer";
  if (role == "banner") return "header";
  return "popup";  // alert, alertdialog, dialog
}

}  // namespace

std::string_view BoilerplateKind(const HtmlNode& e, std::string_view tag, bool class_hints) {
  if (tag == "body" || tag == "html" || tag == "main") return {};
  if (IsBoilerplateTag(tag)) {
    // A <form> or <header> wrapping a whole page (ASP.NET forms) is kept: it
    // has article-sized content (the scoring decides).
    if (tag == "form") return {};
    return KindOfTag(tag);
  }
  const std::string role = AsciiLowerCopy(TrimAsciiWhitespace(e.attribute("role")));
  if (IsBoilerplateRole(role)) return KindOfRole(role);
  // schema.org's Comment and UserComments, whatever the classes say.
  const std::string_view itemtype = e.attribute("itemtype");
  if (Contains(itemtype, "schema.org/Comment") || Contains(itemtype, "schema.org/UserComments")) {
    return "comments";
  }
  if (!class_hints || e.attribute("itemprop") == "articleBody") return {};
  const std::string hints = HintsOf(e);
  if (hints.size() <= 1) return {};
  if (AnyContained(hints, kArticleBodyWords)) return {};
  if (AnyContained(hints, kStrongBoilerplateWords)) return KindOfHints(hints);
  // Bootstrap's "collapse" is hidden until a click adds "show" ("in" in v3).
  if (HasToken(hints, "collapse") && !HasToken(hints, "show") && !HasToken(hints, "in")) {
    return "hidden";
  }
  bool boilerplate = AnyContained(hints, kBoilerplateWords);
  for (std::string_view t : kBoilerplateTokens) boilerplate = boilerplate || HasToken(hints, t);
  if (!boilerplate || AnyContained(hints, kContentWords) || tag == "article") return {};
  return KindOfHints(hints);
}

bool IsBoilerplateElement(const HtmlNode& e, std::string_view tag, bool class_hints) {
  return !BoilerplateKind(e, tag, class_hints).empty();
}

double ClassWeight(const HtmlNode& e, std::string_view tag) {
  double weight = 0;
  if (e.attribute("itemprop") == "articleBody") weight += 50;
  if (tag == "article") weight += 15;
  if (tag == "main") weight += 10;
  const std::string hints = HintsOf(e);
  if (hints.size() <= 1) return weight;
  if (AnyContained(hints, kArticleBodyWords)) weight += 30;
  if (AnyContained(hints, kContentWords)) weight += 25;
  if (AnyContained(hints, kBoilerplateWords)) weight -= 25;
  return weight;
}

std::string NormalizedForCompare(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
      out.push_back(AsciiLower(c));
    }
  }
  return out;
}

bool IsBoilerplateText(std::string_view block) {
  if (block.size() > 40) return false;
  static constexpr std::string_view kTexts[] = {"advertisement",
                                                "advert",
                                                "ad",
                                                "ads",
                                                "sponsored",
                                                "comments",
                                                "comment",
                                                "share",
                                                "sharethis",
                                                "sharethisarticle",
                                                "thisslideshowrequiresjavascript",
                                                "continuereading",
                                                "readmore",
                                                "subscribe",
                                                "related",
                                                "anzeige",
                                                "werbung",
                                                "publicité",
                                                "publicidad",
                                                "pubblicità",
                                                "reklama",
                                                "advertisements",
                                                "storycontinuesbelowadvertisement",
                                                "skipadvertisement",
                                                "scrolltocontinuewithcontent"};
  const std::string b = NormalizedForCompare(block);
  for (std::string_view t : kTexts) {
    if (b == t) return true;
  }
  return false;
}

}  // namespace corpusd
