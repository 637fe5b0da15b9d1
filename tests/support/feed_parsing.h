// Helpers the feed parser's tests share (feed_parser_test.cc and the ported
// Miniflux and Feed Validator cases): parse or fail the test, and short forms
// of what is compared. Header-only.
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>

#include "parsers/dates/date_normalizer.h"
#include "parsers/feeds/feed_parser.h"

namespace corpusd::testing {

inline constexpr auto npos = std::string::npos;

// The feed, or an empty one after a failed expectation.
inline Feed MustParse(std::string_view bytes, std::string_view url = "https://example.com/feed.xml",
                      DateContext dates = {}) {
  Result<Feed> feed = ParseFeed(bytes, url, dates);
  EXPECT_TRUE(feed.ok()) << feed.status().ToString();
  return feed.ok() ? *feed : Feed{};
}

// A date's ISO form; "-" for none.
inline std::string Iso(const std::optional<NormalizedDate>& date) { return date ? date->iso : "-"; }

// The feed's only item (an empty one after a failed expectation).
inline FeedItem OnlyItem(const Feed& feed) {
  EXPECT_EQ(feed.items.size(), 1u);
  return feed.items.empty() ? FeedItem{} : feed.items.front();
}

// The bytes are refused as "not a feed".
inline void ExpectNotAFeed(std::string_view bytes, std::string_view url) {
  Result<Feed> feed = ParseFeed(bytes, url, {});
  ASSERT_FALSE(feed.ok());
  EXPECT_EQ(feed.status().code(), Status::Code::kInvalidInput);
  EXPECT_TRUE(feed.status().message().starts_with("not a feed")) << feed.status().message();
}

}  // namespace corpusd::testing
