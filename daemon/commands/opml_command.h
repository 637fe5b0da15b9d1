// `corpusd opml import FILE` and `corpusd opml export`: subscription lists
// in and out, for people coming from (or going to) newsboat, Miniflux and
// other feed readers.
//
// import: every feed of the OPML file not yet in the config file (by URL)
// becomes a [[source]] of type "feed", appended to the file in one step, its
// groups kept as `category` ("News/Tech") and its site as `site_url`; the
// result is checked as the daemon would read it before the file is replaced.
// --dry-run prints the tables instead. export: the config's feed sources as
// OPML 2.0 on standard output, nested by category.
#pragma once

#include <string>

#include "config/daemon_config.h"
#include "parsers/feeds/opml.h"

namespace CLI {
class App;
}

namespace corpusd {

struct OpmlArgs {
  std::string action;  // "import" or "export", set by the subcommand chosen
  std::string file;    // import: the OPML file, or - for standard input
  std::string config = DefaultConfigPath();
  bool dry_run = false;
};

CLI::App* AddOpmlCommand(CLI::App& app, OpmlArgs& args);

// 0 when done; 1 when the OPML or config file cannot be read, or the config
// would not be valid afterwards (nothing is written then).
int RunOpml(const OpmlArgs& args);

// The feeds of `list` that `config` does not have yet (compared by URL),
// as sources with names of their own: the outline's title (else the feed's
// host), made unique with " (2)", " (3)"... `skipped` counts the feeds
// already there and those listed twice.
struct OpmlImportPlan {
  std::vector<SourceConfig> sources;
  std::size_t already_configured = 0;
};
OpmlImportPlan PlanOpmlImport(const OpmlList& list, const Config& config);

// The config's feed sources as a subscription list.
OpmlList FeedSourcesAsOpml(const Config& config);

}  // namespace corpusd
