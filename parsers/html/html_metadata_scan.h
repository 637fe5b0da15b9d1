// One pass over a parsed page collecting the raw facts page metadata is
// chosen from: meta tags, links, JSON-LD blocks, <time> elements, the text of
// date-, byline- and headline-like elements. Iterative (pages nest 100,000
// deep) and linear in the page size. Internal to html_metadata.cc. Pure.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parsers/html/html_document.h"

namespace corpusd {

// A date-bearing piece of a page, as written, with where it was found.
struct DateClue {
  std::string text;
  bool in_article = false;  // inside <article>, <header>, <main> or an article-like container
  bool modified = false;    // marked as an update ("updated", "modified", dateModified)
  bool published = false;   // marked as the publication (pubdate, datePublished, "published")
  bool in_item = false;     // inside an <article> of a list item: a comment's or a teaser's
  std::size_t at = 0;       // bytes of visible text before it on the page
};

struct PageScan {
  std::string html_lang;
  // (key, content) of every <meta>: key is the lower-cased name, property,
  // itemprop or http-equiv, in that order of preference.
  std::vector<std::pair<std::string, std::string>> metas;
  std::string canonical;                  // <link rel=canonical href>
  std::vector<std::string> rel_authors;   // text of rel=author links
  std::vector<std::string> byline_texts;  // text of author/byline-class elements
  std::string title_tag;                  // <title>
  std::string h1;                         // the first <h1> outside comment/aside areas
  std::vector<std::string> json_ld;       // text of ld+json scripts
  std::vector<DateClue> time_elements;    // <time datetime>/<time> text, itemprop date values
  std::vector<DateClue> date_elements;    // text of date-class elements (class/id "date", ...)
  // The headline: the first <h1>-<h3> whose text the page's <title> or
  // og:title holds, else the first <h1> (which can be the site's or the
  // section's name). `headline_at`: bytes of visible text before it, if the
  // page has one.
  std::optional<std::size_t> headline_at;
  // Short visible lines holding a digit, in document order, with the index of
  // the first one after the headline (0 when the page has none).
  std::vector<std::string> short_texts;
  std::size_t first_text_after_headline = 0;
  // Where each short text is among all the page's visible lines (those
  // without a digit too), and the number of lines up to the headline's end:
  // how far a date line is from the headline as a reader sees it.
  std::vector<std::size_t> short_text_lines;
  std::size_t lines_to_headline_end = 0;
  // True when the elements taken for comment, related-links or sidebar areas
  // by their class or id alone hold the page's <main>, an <h1> or most of its
  // text: a page-wide layout class ("layoutTwoColumnsRightSidebar",
  // "pagebody--wsidebar") or a forum thread, not a real sidebar.
  bool layout_taken_for_junk = false;
  // Of those, the first: the headline itself (or <main>) is inside such an
  // element, so the page's own dates are too, and what the scan kept is
  // everything else (teasers, other sections).
  bool headline_taken_for_junk = false;

  // The first non-empty content of a <meta> with this key, or an empty string.
  const std::string& Meta(std::string_view key) const;
};

// `class_hints` false leaves out only <aside>, <nav> and page footers, not
// the elements whose class or id says comment, related, sidebar, ...
PageScan ScanPage(const HtmlDocument& doc, bool class_hints = true);

}  // namespace corpusd
