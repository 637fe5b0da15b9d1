// What this node takes in a fleet that shares one corpus (`shard = "K/N"`,
// config/shard.h): the sites (registrable domains, the same unit as the
// fetcher's politeness) that rendezvous hashing gives it. So a site's
// politeness limits, robots.txt and Retry-After stay on one node, and going
// from N to N+1 nodes moves about 1/(N+1) of the sites.
//   - a feed or page source: by its URL's site;
//   - a sitemap source: polled by every node, each fetching only the
//     sitemap's URLs on its own sites;
//   - a directory source: by its name (one node imports the folder);
//   - a feed item whose link is on another node's site: left for that node
//     (Corpus::HandOffItem), which fetches it with its own politeness.
// Without a shard (1/1) everything is taken.
#pragma once

#include <string>
#include <string_view>

#include "config/daemon_config.h"
#include "config/shard.h"

namespace corpusd {

class SiteShare {
 public:
  SiteShare() = default;
  explicit SiteShare(Shard shard) : shard_(shard) {}

  bool TakesSource(const SourceConfig& source) const;
  // A URL: by its host's registrable domain; a URL without a host is taken.
  bool TakesUrl(std::string_view url) const;
  // The site a URL belongs to (its host's registrable domain; "" without a
  // host), and which node of `count` owns it (1..count).
  static std::string SiteOf(std::string_view url);
  static unsigned OwnerOf(std::string_view site, unsigned count);
  const Shard& shard() const { return shard_; }

 private:
  bool TakesKey(std::string_view key) const;
  Shard shard_;
};

}  // namespace corpusd
