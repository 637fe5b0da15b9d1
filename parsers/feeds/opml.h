// OPML subscription lists, as feed readers (newsboat, Miniflux, ...) import
// and export them: read into feeds with their category, and written back out.
// Pure.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace corpusd {

struct OpmlFeed {
  std::string title;     // the outline's title, else its text; may be empty
  std::string xml_url;   // the feed (xmlUrl)
  std::string html_url;  // the site (htmlUrl); may be empty
  // The groups the outline sits in, outermost first, joined with "/"
  // ("News/Tech"); else the outline's own `category` attribute's first path
  // (OPML 2.0: "/News/Tech,/Other"); empty when it is in none.
  std::string category;
};

struct OpmlList {
  std::string title;            // <head><title>
  std::vector<OpmlFeed> feeds;  // in document order
  // Outlines that look like subscriptions but name no feed (no xmlUrl), by
  // their text: reported, not guessed at.
  std::vector<std::string> without_url;
};

// Errors: kInvalidInput "not OPML: ..." when the root element is not <opml>
// or the XML cannot be read at all. A "/" inside a group's name is written
// as "-" (it separates groups in `category`).
Result<OpmlList> ParseOpml(std::string_view bytes);

// An OPML 2.0 document: feeds without a category in the body, the others in
// nested <outline text="..."> groups, one per part of their category, in
// order of first appearance. Both newsboat (`-i`) and Miniflux import it.
std::string WriteOpml(const OpmlList& list);

}  // namespace corpusd
