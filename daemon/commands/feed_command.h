// `corpusd feed FILE | URL | -`: what corpusd sees in a feed, as JSON:
//   {"format", "title", "link", "items": [{"id", "key", "title", "link",
//    "author", "published_at", "updated_at", "content"}]}
// with dates normalized as in the corpus and `content` the item's full text
// when the feed carries it (null otherwise). The first thing to run when a
// feed misbehaves.
#pragma once

#include <string>

#include "config/settings.h"

namespace CLI {
class App;
}

namespace corpusd {

struct FeedArgs {
  std::string location;      // a file, an http(s) URL, or "-"
  ImportSettings import;     // time zone, size limit, drop rules
  std::string content_type;  // --content-type for a file or stdin; a URL's comes with it
};

CLI::App* AddFeedCommand(CLI::App& app, FeedArgs& args);

// 0 with the JSON on standard output; 1 with the reason on standard error
// when the input cannot be read or is not a feed.
int RunFeed(const FeedArgs& args);

}  // namespace corpusd
