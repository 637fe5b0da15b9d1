// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1): items with id,
// url, title, content_html, content_text, summary, dates and authors (1.1's
// "authors" list, 1.0's "author" object; an item without its own takes the
// feed's). Read with nlohmann-json, exceptions off. Called by ParseFeed;
// dates are normalized there. Pure.
#pragma once

#include <string_view>

#include "core/status.h"
#include "parsers/feeds/feed_parser.h"

namespace corpusd {

// Whether the bytes look like a JSON document (an object): the first
// non-whitespace character after any byte-order mark is "{".
bool LooksLikeJson(std::string_view bytes);

// `url` is the feed's own (for relative links; may be empty). Errors:
// kInvalidInput "not a feed: ..." for malformed JSON or JSON that is not a
// JSON Feed (no "version" starting with https://jsonfeed.org/version/).
Result<Feed> ParseJsonFeed(std::string_view bytes, std::string_view url);

}  // namespace corpusd
