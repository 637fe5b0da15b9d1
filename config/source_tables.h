// [[source]] tables written as TOML, for commands that add sources to a
// config file (`opml import`). Pure.
#pragma once

#include <string>
#include <vector>

#include "config/daemon_config.h"

namespace corpusd {

// One "[[source]]" table per source, with the keys a feed, page or sitemap
// source from a subscription list has: name, type, url, and category and
// site_url when set. Strings are escaped as TOML needs (quotes, backslashes,
// control characters), so that ParseConfig reads back what was written.
std::string SourceTablesToml(const std::vector<SourceConfig>& sources);

}  // namespace corpusd
