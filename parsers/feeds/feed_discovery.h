// Finding a site's feeds from one of its HTML pages: the <link
// rel="alternate" type="application/rss+xml"> (Atom, JSON Feed) elements
// pages carry for feed readers. Pure.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parsers/html/html_document.h"

namespace corpusd {

// The feed URLs the page links to, in document order, without repeats:
// <link> elements whose rel has the token "alternate" and whose type is
// application/rss+xml, application/atom+xml, application/feed+json or
// application/json. Hrefs are resolved against the page's <base href>, else
// `page_url`; hrefs that cannot be made absolute are left out.
std::vector<std::string> DiscoverFeeds(const HtmlDocument& page, std::string_view page_url);

}  // namespace corpusd
