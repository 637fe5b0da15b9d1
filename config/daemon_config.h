// The daemon's config file: one TOML file (default /etc/corpusd/corpusd.toml,
// annotated example in config/corpusd.toml) parsed once into typed structs.
// Errors name the file, line and key; unknown keys are refused with a
// "did you mean"; duplicate source names are refused. Pure apart from
// LoadConfig reading the file.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "config/settings.h"
#include "config/shard.h"
#include "core/file_system.h"
#include "core/status.h"

namespace corpusd {

inline constexpr char kDefaultConfigPath[] = "/etc/corpusd/corpusd.toml";

// Where a command looks for its config when none is given: the install
// prefix's (`cmake --install` to /usr/local puts it in
// /usr/local/etc/corpusd/corpusd.toml), then /etc/corpusd/corpusd.toml; the
// first that exists, else the first. Both, for a message.
std::vector<std::string> DefaultConfigPaths();
std::string DefaultConfigPath();

// What a source is: a drop folder, or a feed, page or sitemap polled over
// HTTP.
enum class SourceType { kDirectory, kFeed, kPage, kSitemap };
std::string_view SourceTypeName(SourceType type);  // "directory", "feed", ...

enum class LogLevel { kError, kWarning, kInfo, kDebug };
std::string_view LogLevelName(LogLevel level);  // "error", "warning", "info", "debug"

// One [[source]] table.
struct SourceConfig {
  std::string name;  // unique; recorded with each document (documents.source)
  SourceType type = SourceType::kDirectory;
  std::string path;  // directory sources: the folder watched
  std::string url;   // network sources
  // 0: the file gives none and the global `interval` applies ("0s" in the
  // file is refused).
  std::chrono::milliseconds interval{0};
  std::string time_zone;                         // IANA zone for naive local times
  std::string language;                          // a hint (BCP 47), may be empty
  std::vector<BoilerplateRuleSpec> boilerplate;  // `drop` and `drop_regex`
  // Directory sources: where imported and refused files are moved, relative
  // to `path` unless absolute; empty: files are left where they are.
  std::string done_dir;
  std::string failed_dir;
  // A file is read only once its size and mtime have not changed for this
  // long: a partially written file is never imported.
  std::chrono::milliseconds settle{2000};
  // Feed sources: whether an item's link is fetched and extracted. kAuto:
  // when the feed carries no full content for the item.
  enum class FetchArticles { kAuto, kAlways, kNever };
  FetchArticles fetch_articles = FetchArticles::kAuto;
  // Where the source sits in a subscription list ("News/Tech": groups, outer
  // first) and the site a feed belongs to: kept for `opml export`, which
  // writes them back as nested outlines and htmlUrl. Either may be empty.
  std::string category;
  std::string site_url;
  // Where its [[source]] header is in the file (1-based; 0 when not from a
  // file), and each of its keys, for messages about it found after parsing.
  int line = 0;
  std::map<std::string, int, std::less<>> key_lines;
  // The line of `key`, or of the [[source]] header when it has none.
  int LineOf(std::string_view key) const {
    const auto it = key_lines.find(key);
    return it == key_lines.end() ? line : it->second;
  }
};

// Settings of the running process.
struct DaemonSettings {
  std::chrono::milliseconds default_interval{std::chrono::minutes(5)};  // `interval`
  unsigned concurrency = 2;  // worker threads for parsing and normalization
  std::string user_agent = "corpusd/0.1";
  LogLevel log_level = LogLevel::kInfo;
  // On SIGTERM, in-flight work gets this long to finish before the process
  // commits what is done and exits; keep it below the unit's TimeoutStopSec.
  std::chrono::milliseconds stop_timeout{std::chrono::seconds(20)};
  // Network sources.
  unsigned max_requests = 16;                      // requests in flight, at most
  unsigned per_site_requests = 2;                  // to one site (registrable domain), at most
  std::chrono::milliseconds per_site_delay{1000};  // between request starts to one site
  std::chrono::milliseconds fetch_timeout{std::chrono::seconds(60)};  // a whole request
  // Links found in feeds may lead to loopback, private and link-local
  // addresses (other than the feed's own host) only when this is true.
  bool allow_private_links = false;
  // `metrics = "127.0.0.1:9464"`: where Prometheus scrapes /metrics; an
  // empty host: off (the default). Port 0: any free port (logged at start).
  std::string metrics_host;  // an IPv4 or IPv6 address, or "localhost"
  unsigned short metrics_port = 0;
  // `shard = "K/N"`: this node's share of the sources' sites in a fleet
  // (config/shard.h); `run --shard` overrides it.
  Shard shard;
};

struct Config {
  std::string file;             // where it was read from
  StoreSettings store;          // `database`
  bool database_given = false;  // the file names `database` (else the default, in the cwd)
  ImportSettings import;        // global limits (`max_document_size`) and defaults
  DaemonSettings daemon;
  std::vector<SourceConfig> sources;
};

// Parses `text`; `file` names it in error messages ("corpusd.toml:7:1: ...").
// A relative `database` or source `path` is resolved against the folder of
// `file` (lexically; none when `file` has no folder part). Of several errors
// the first in the file is reported:
//   corpusd.toml:7:1: source "inbox": unknown key "intervall" (did you mean "interval"?)
Result<Config> ParseConfig(std::string_view text, const std::string& file);

// Reads and parses a file through `files`. Messages name `path` as given;
// relative paths in the file are resolved against the absolute folder of
// `path`. The second form reads the real filesystem.
Result<Config> LoadConfig(const std::string& path, const FileSystem& files);
Result<Config> LoadConfig(const std::string& path);

// A directory source's `done` or `failed` folder (or "." for the source's
// own) as a path: relative ones below `root` (the source's folder), made
// lexically normal, without a trailing "/"; "" for "".
std::string SourceSubfolder(const std::string& root, const std::string& dir);

// The import settings for one source: the global ones with the source's name,
// time zone, language hint and boilerplate rules.
ImportSettings ImportSettingsFor(const Config& config, const SourceConfig& source);

// "127.0.0.1:9464", "[::1]:9464", "localhost:9464" -> host and port; an
// error otherwise (no port, a port above 65535, an empty host).
Result<std::pair<std::string, unsigned short>> ParseListenAddress(std::string_view text);

// "30s", "15m", "1h", "1h30m", "250ms" -> a duration; an error otherwise.
// Units: ms, s, m, h, d, largest first; a bare number, a negative or an
// empty duration is refused.
Result<std::chrono::milliseconds> ParseDuration(std::string_view text);

// The inverse, for messages: 90000ms -> "1m30s", 0 -> "0s".
std::string FormatDuration(std::chrono::milliseconds duration);

}  // namespace corpusd
