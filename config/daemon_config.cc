// The TOML side of the config file. This is the only file that includes
// toml++; its exceptions are caught here and become Status values.
#include "config/daemon_config.h"

#include <toml++/toml.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <map>
#include <optional>
#include <tuple>

#include "config/byte_size.h"
#include "config/did_you_mean.h"
#include "core/database_url.h"

namespace corpusd {
namespace {

namespace fs = std::filesystem;
using std::chrono::milliseconds;

const std::vector<std::string_view> kTopKeys = {
    "database",          "interval",       "concurrency",   "max_document_size",
    "user_agent",        "log_level",      "stop_timeout",  "max_requests",
    "per_site_requests", "per_site_delay", "fetch_timeout", "allow_private_links",
    "metrics",           "shard",          "source"};
const std::vector<std::string_view> kSourceKeys = {
    "name",       "type", "path",   "url",    "interval",       "time_zone", "language", "drop",
    "drop_regex", "done", "failed", "settle", "fetch_articles", "category",  "site_url"};
const std::vector<std::string_view> kFetchArticles = {"auto", "always", "never"};
const std::vector<std::string_view> kSourceTypes = {"directory", "feed", "page", "sitemap"};
const std::vector<std::string_view> kLogLevels = {"error", "warning", "info", "debug"};

constexpr unsigned kMaxConcurrency = 64;
constexpr std::uint64_t kMaxConfigBytes = std::uint64_t{1} << 20;
constexpr char kDurationExpected[] = "expected a duration string such as \"30s\"";

// The problems found, each at a place in the file. Only the first one in the
// file is reported, whatever order the tables were walked in.
class Problems {
 public:
  void Add(const toml::source_position& at, std::string message) {
    list_.push_back({at.line, at.column, std::move(message)});
  }
  bool empty() const { return list_.empty(); }
  Status First(const std::string& file) const {
    const auto first =
        std::min_element(list_.begin(), list_.end(), [](const auto& a, const auto& b) {
          return std::tie(a.line, a.column) < std::tie(b.line, b.column);
        });
    return Status::InvalidInput(file + ":" + std::to_string(first->line) + ":" +
                                std::to_string(first->column) + ": " + first->message);
  }

 private:
  struct Problem {
    toml::source_index line;
    toml::source_index column;
    std::string message;
  };
  std::vector<Problem> list_;
};

// Where values are read: the problems, and what each message starts with
// ("" at the top level, `source "inbox": ` in a source).
struct Scope {
  Problems& problems;
  std::string prefix;

  // "<prefix><key>: <message>" at the value.
  void Bad(const toml::node& value, std::string_view key, const std::string& message) const {
    problems.Add(value.source().begin, prefix + std::string(key) + ": " + message);
  }
};

std::string Quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

// "an integer", "a string", ...: what was found instead.
std::string Found(const toml::node& value) {
  switch (value.type()) {
    case toml::node_type::string:
      return "found a string";
    case toml::node_type::integer:
      return "found an integer";
    case toml::node_type::floating_point:
      return "found a floating-point number";
    case toml::node_type::boolean:
      return "found a boolean";
    case toml::node_type::date:
    case toml::node_type::time:
    case toml::node_type::date_time:
      return "found a date or time";
    case toml::node_type::array:
      return "found an array";
    case toml::node_type::table:
      return "found a table";
    case toml::node_type::none:
      break;
  }
  return "found nothing";
}

std::optional<std::string> ReadString(const Scope& scope, const toml::node& value,
                                      std::string_view key, std::string_view expected) {
  if (const auto* s = value.as_string()) return s->get();
  scope.Bad(value, key, "expected " + std::string(expected) + ", " + Found(value));
  return std::nullopt;
}

std::optional<std::string> ReadNonEmptyString(const Scope& scope, const toml::node& value,
                                              std::string_view key, std::string_view expected) {
  std::optional<std::string> s = ReadString(scope, value, key, expected);
  if (s && s->empty()) {
    scope.Bad(value, key, "must not be empty");
    return std::nullopt;
  }
  return s;
}

std::optional<milliseconds> ReadDuration(const Scope& scope, const toml::node& value,
                                         std::string_view key) {
  const auto* s = value.as_string();
  if (s == nullptr) {
    scope.Bad(value, key, std::string(kDurationExpected) + ", " + Found(value));
    return std::nullopt;
  }
  Result<milliseconds> duration = ParseDuration(s->get());
  if (!duration.ok()) {
    scope.Bad(value, key, duration.status().message());
    return std::nullopt;
  }
  return *duration;
}

std::optional<std::vector<std::string>> ReadStringArray(const Scope& scope, const toml::node& value,
                                                        std::string_view key) {
  const auto* array = value.as_array();
  if (array == nullptr) {
    scope.Bad(value, key, "expected an array of strings such as [\"Share this\"], " + Found(value));
    return std::nullopt;
  }
  std::vector<std::string> out;
  bool ok = true;
  for (const toml::node& element : *array) {
    const auto* s = element.as_string();
    if (s == nullptr) {
      scope.Bad(element, key, "expected only strings, " + Found(element));
      ok = false;
    } else if (s->get().empty()) {
      scope.Bad(element, key, "an empty string would match nothing");
      ok = false;
    } else {
      out.push_back(s->get());
    }
  }
  if (!ok) return std::nullopt;
  return out;
}

// A relative path from the file is relative to the file's folder.
std::string Resolve(const std::string& path, const fs::path& base) {
  const fs::path p(path);
  if (p.is_absolute() || base.empty()) return path;
  return (base / p).lexically_normal().string();
}

std::string UnknownKey(std::string_view key, const std::vector<std::string_view>& known,
                       const std::vector<std::string_view>& other_level, std::string_view hint) {
  std::string message = "unknown key " + Quoted(key);
  const std::string suggestion = DidYouMeanSuffix(key, known);
  if (!suggestion.empty()) return message + suggestion;
  if (std::find(other_level.begin(), other_level.end(), key) != other_level.end()) {
    return message + " (" + std::string(hint) + ")";
  }
  return message;
}

void ReadTopLevelKey(const Scope& scope, std::string_view key, const toml::node& value,
                     const fs::path& base, Config& config) {
  if (key == "database") {
    config.database_given = true;
    if (auto s = ReadNonEmptyString(scope, value, key,
                                    "a file path or a \"postgresql://\" URL string")) {
      config.store.database = IsPostgresUrl(*s) ? *s : Resolve(*s, base);
    }
  } else if (key == "interval") {
    if (auto d = ReadDuration(scope, value, key)) {
      if (d->count() == 0) {
        scope.Bad(value, key, "must be more than 0s");
      } else {
        config.daemon.default_interval = *d;
      }
    }
  } else if (key == "concurrency") {
    const auto* n = value.as_integer();
    const std::string range = "1 to " + std::to_string(kMaxConcurrency);
    if (n == nullptr) {
      scope.Bad(value, key, "expected an integer from " + range + ", " + Found(value));
    } else if (n->get() < 1 || n->get() > kMaxConcurrency) {
      scope.Bad(value, key, std::to_string(n->get()) + " is out of range (" + range + ")");
    } else {
      config.daemon.concurrency = static_cast<unsigned>(n->get());
    }
  } else if (key == "max_document_size") {
    std::optional<std::uint64_t> bytes;
    if (const auto* n = value.as_integer()) {
      if (n->get() > 0) bytes = static_cast<std::uint64_t>(n->get());
    } else if (const auto* s = value.as_string()) {
      Result<std::uint64_t> size = ParseByteSize(s->get());
      if (!size.ok()) {
        scope.Bad(value, key, size.status().message());
        return;
      }
      if (*size > 0) bytes = *size;
    } else {
      scope.Bad(value, key,
                "expected a size such as \"64MiB\" or an integer number of bytes, " + Found(value));
      return;
    }
    if (!bytes) {
      scope.Bad(value, key, "must be more than 0 bytes");
    } else {
      config.import.max_document_bytes = *bytes;
    }
  } else if (key == "user_agent") {
    if (auto s = ReadNonEmptyString(scope, value, key, "a string such as \"corpusd/0.1\"")) {
      config.daemon.user_agent = *s;
    }
  } else if (key == "log_level") {
    if (auto s =
            ReadString(scope, value, key, "one of \"error\", \"warning\", \"info\", \"debug\"")) {
      const auto it = std::find(kLogLevels.begin(), kLogLevels.end(), *s);
      if (it == kLogLevels.end()) {
        scope.Bad(value, key,
                  "unknown level " + Quoted(*s) + DidYouMeanSuffix(*s, kLogLevels) +
                      "; expected error, warning, info or debug");
      } else {
        config.daemon.log_level = static_cast<LogLevel>(it - kLogLevels.begin());
      }
    }
  } else if (key == "stop_timeout") {
    if (auto d = ReadDuration(scope, value, key)) config.daemon.stop_timeout = *d;
  } else if (key == "max_requests" || key == "per_site_requests") {
    const auto* n = value.as_integer();
    const std::int64_t most = key == "max_requests" ? 1024 : 64;
    const std::string range = "1 to " + std::to_string(most);
    if (n == nullptr) {
      scope.Bad(value, key, "expected an integer from " + range + ", " + Found(value));
    } else if (n->get() < 1 || n->get() > most) {
      scope.Bad(value, key, std::to_string(n->get()) + " is out of range (" + range + ")");
    } else {
      (key == "max_requests" ? config.daemon.max_requests : config.daemon.per_site_requests) =
          static_cast<unsigned>(n->get());
    }
  } else if (key == "per_site_delay") {
    if (auto d = ReadDuration(scope, value, key)) config.daemon.per_site_delay = *d;
  } else if (key == "fetch_timeout") {
    if (auto d = ReadDuration(scope, value, key)) {
      if (d->count() == 0) {
        scope.Bad(value, key, "must be more than 0s");
      } else {
        config.daemon.fetch_timeout = *d;
      }
    }
  } else if (key == "allow_private_links") {
    if (const auto* b = value.as_boolean()) {
      config.daemon.allow_private_links = b->get();
    } else {
      scope.Bad(value, key, "expected true or false, " + Found(value));
    }
  } else if (key == "shard") {
    if (auto s = ReadNonEmptyString(scope, value, key, "a share such as \"1/2\"")) {
      Result<Shard> shard = ParseShard(*s);
      if (!shard.ok()) {
        scope.Bad(value, key, shard.status().message());
      } else {
        config.daemon.shard = *shard;
      }
    }
  } else if (key == "metrics") {
    if (auto s = ReadNonEmptyString(scope, value, key, "an address such as \"127.0.0.1:9464\"")) {
      Result<std::pair<std::string, unsigned short>> address = ParseListenAddress(*s);
      if (!address.ok()) {
        scope.Bad(value, key, address.status().message());
      } else {
        config.daemon.metrics_host = address->first;
        config.daemon.metrics_port = address->second;
      }
    }
  }
}

// Where the keys that only some source types may have were written.
struct TypedKeys {
  const toml::key* path = nullptr;
  const toml::key* url = nullptr;
  const toml::key* done = nullptr;
  const toml::key* failed = nullptr;
};

void ReadSourceKey(const Scope& scope, const toml::key& key, const toml::node& value,
                   SourceConfig& source, bool& type_ok, TypedKeys& typed) {
  const std::string_view k = key.str();
  source.key_lines[std::string(k)] = static_cast<int>(key.source().begin.line);
  if (k == "name") {
    // Read before the others (it names the source in every message).
  } else if (k == "type") {
    if (auto s =
            ReadString(scope, value, k, "one of \"directory\", \"feed\", \"page\", \"sitemap\"")) {
      const auto it = std::find(kSourceTypes.begin(), kSourceTypes.end(), *s);
      if (it == kSourceTypes.end()) {
        scope.Bad(value, k,
                  "unknown source type " + Quoted(*s) + DidYouMeanSuffix(*s, kSourceTypes) +
                      "; expected directory, feed, page or sitemap");
      } else {
        source.type = static_cast<SourceType>(it - kSourceTypes.begin());
        type_ok = true;
      }
    }
  } else if (k == "path") {
    typed.path = &key;
    if (auto s = ReadNonEmptyString(scope, value, k, "a folder path string")) source.path = *s;
  } else if (k == "url") {
    typed.url = &key;
    if (auto s = ReadString(scope, value, k, "a URL string such as \"https://example.org/feed\"")) {
      if ((s->starts_with("http://") && s->size() > 7) ||
          (s->starts_with("https://") && s->size() > 8)) {
        source.url = *s;
      } else {
        scope.Bad(value, k, "expected an http:// or https:// URL, not " + Quoted(*s));
      }
    }
  } else if (k == "category") {
    if (auto s = ReadString(scope, value, k, "a category string such as \"News/Tech\"")) {
      source.category = *s;
    }
  } else if (k == "site_url") {
    if (auto s = ReadString(scope, value, k, "a URL string such as \"https://example.org/\"")) {
      source.site_url = *s;
    }
  } else if (k == "interval") {
    if (auto d = ReadDuration(scope, value, k)) {
      if (d->count() == 0) {
        scope.Bad(value, k, "must be more than 0s (leave it out to use the global interval)");
      } else {
        source.interval = *d;
      }
    }
  } else if (k == "time_zone") {
    if (auto s =
            ReadString(scope, value, k, "an IANA time zone string such as \"Europe/Budapest\"")) {
      source.time_zone = *s;
    }
  } else if (k == "language") {
    if (auto s = ReadString(scope, value, k, "a language tag string such as \"hu\"")) {
      source.language = *s;
    }
  } else if (k == "drop" || k == "drop_regex") {
    if (auto patterns = ReadStringArray(scope, value, k)) {
      for (std::string& p : *patterns) source.boilerplate.push_back({std::move(p), k != "drop"});
    }
  } else if (k == "done" || k == "failed") {
    (k == "done" ? typed.done : typed.failed) = &key;
    if (auto s = ReadNonEmptyString(scope, value, k, "a folder path string")) {
      (k == "done" ? source.done_dir : source.failed_dir) = *s;
    }
  } else if (k == "settle") {
    if (auto d = ReadDuration(scope, value, k)) source.settle = *d;
  } else if (k == "fetch_articles") {
    if (auto s = ReadString(scope, value, k, "one of \"auto\", \"always\", \"never\"")) {
      const auto it = std::find(kFetchArticles.begin(), kFetchArticles.end(), *s);
      if (it == kFetchArticles.end()) {
        scope.Bad(value, k,
                  "unknown value " + Quoted(*s) + DidYouMeanSuffix(*s, kFetchArticles) +
                      "; expected auto, always or never");
      } else {
        source.fetch_articles =
            static_cast<SourceConfig::FetchArticles>(it - kFetchArticles.begin());
      }
    }
  } else {
    scope.problems.Add(key.source().begin,
                       scope.prefix + UnknownKey(k, kSourceKeys, kTopKeys,
                                                 "a top-level key: move it above the first "
                                                 "[[source]]"));
  }
}

// One [[source]] table; `seen` maps the names so far to their lines.
void ReadSource(Problems& problems, const toml::table& table, std::size_t index,
                const fs::path& base, std::map<std::string, toml::source_index>& seen,
                Config& config) {
  SourceConfig source;
  const toml::source_position header = table.source().begin;
  source.line = static_cast<int>(header.line);
  Scope scope{problems, "source #" + std::to_string(index + 1) + ": "};

  bool name_ok = false;
  if (const toml::node* name = table.get("name")) {
    if (auto s = ReadNonEmptyString(scope, *name, "name", "a string such as \"inbox\"")) {
      source.name = *s;
      name_ok = true;
      scope.prefix = "source " + Quoted(source.name) + ": ";
      const auto [it, inserted] = seen.emplace(source.name, name->source().begin.line);
      if (!inserted) {
        problems.Add(name->source().begin, scope.prefix +
                                               "duplicate name, already used by the "
                                               "source at line " +
                                               std::to_string(it->second));
      }
    }
  } else {
    problems.Add(header, scope.prefix + "missing key \"name\"");
  }

  bool type_ok = false;
  TypedKeys typed;
  for (auto&& [key, value] : table) ReadSourceKey(scope, key, value, source, type_ok, typed);

  if (table.get("type") == nullptr) {
    problems.Add(header, scope.prefix + "missing key \"type\" (directory, feed, page or sitemap)");
  } else if (type_ok && source.type == SourceType::kDirectory) {
    if (typed.url) {
      problems.Add(typed.url->source().begin,
                   scope.prefix + "directory sources have a \"path\", not a \"url\"");
    } else if (!typed.path) {
      problems.Add(header, scope.prefix + "missing key \"path\" (the folder to watch)");
    }
  } else if (type_ok) {
    const std::string type(SourceTypeName(source.type));
    if (typed.path) {
      problems.Add(typed.path->source().begin,
                   scope.prefix + type + " sources have a \"url\", not a \"path\"");
    } else if (!typed.url) {
      problems.Add(header, scope.prefix + "missing key \"url\" (" + type +
                               " sources need an http:// or https:// URL)");
    }
    for (const toml::key* key : {typed.done, typed.failed}) {
      if (key) {
        problems.Add(key->source().begin, scope.prefix + std::string(key->str()) +
                                              ": only directory sources move files");
      }
    }
  }

  source.path = source.path.empty() ? source.path : Resolve(source.path, base);
  if (name_ok) config.sources.push_back(std::move(source));
}

Status SyntaxError(const std::string& file, const toml::parse_error& e) {
  std::string description(e.description());
  if (description.starts_with("Error while ")) {
    description = "syntax error" + description.substr(5);
  } else {
    description = "syntax error: " + description;
  }
  const toml::source_position at = e.source().begin;
  return Status::InvalidInput(file + ":" + std::to_string(at.line) + ":" +
                              std::to_string(at.column) + ": " + description);
}

Result<Config> ParseConfigIn(std::string_view text, const std::string& file, const fs::path& base) {
  toml::table root;
  try {
    root = toml::parse(text, std::string_view(file));
  } catch (const toml::parse_error& e) {
    return SyntaxError(file, e);
  } catch (const std::exception& e) {
    return Status::Internal(file + ": " + e.what());
  }

  Config config;
  config.file = file;
  Problems problems;
  const Scope top{problems, ""};
  for (auto&& [key, value] : root) {
    if (std::find(kTopKeys.begin(), kTopKeys.end(), key.str()) == kTopKeys.end()) {
      problems.Add(key.source().begin, UnknownKey(key.str(), kTopKeys, kSourceKeys,
                                                  "a source key: put it in a [[source]] table"));
    } else if (key.str() != "source") {
      ReadTopLevelKey(top, key.str(), value, base, config);
    }
  }

  if (const toml::node* node = root.get("source")) {
    const auto* array = node->as_array();
    if (array == nullptr) {
      top.Bad(*node, "source", "expected [[source]] tables, " + Found(*node));
    } else {
      std::map<std::string, toml::source_index> seen;
      for (std::size_t i = 0; i < array->size(); ++i) {
        const toml::node& element = *array->get(i);
        if (const auto* table = element.as_table()) {
          ReadSource(problems, *table, i, base, seen, config);
        } else {
          top.Bad(element, "source", "expected [[source]] tables, " + Found(element));
        }
      }
    }
  }

  if (!problems.empty()) return problems.First(file);
  return config;
}

}  // namespace

std::string_view SourceTypeName(SourceType type) {
  return kSourceTypes[static_cast<std::size_t>(type)];
}

std::string_view LogLevelName(LogLevel level) {
  return kLogLevels[static_cast<std::size_t>(level)];
}

Result<Config> ParseConfig(std::string_view text, const std::string& file) {
  return ParseConfigIn(text, file, fs::path(file).parent_path());
}

Result<Config> LoadConfig(const std::string& path, const FileSystem& files) {
  Result<FileInfo> info = files.Stat(path);
  if (!info.ok()) return info.status().WithContext(path);
  if (!info->is_regular) return Status::InvalidInput(path + ": not a regular file");
  Result<std::string> text = files.ReadFile(path, kMaxConfigBytes);
  if (!text.ok() && text.status().code() == Status::Code::kTooLarge) {
    return Status::TooLarge(path + ": larger than 1 MiB, not a config file");
  }
  if (!text.ok()) return text.status().WithContext(path);
  const fs::path base = fs::path(files.Absolute(path)).parent_path();
  return ParseConfigIn(*text, path, base.lexically_normal());
}

Result<Config> LoadConfig(const std::string& path) { return LoadConfig(path, RealFileSystem()); }

ImportSettings ImportSettingsFor(const Config& config, const SourceConfig& source) {
  ImportSettings settings = config.import;
  settings.source = source.name;
  settings.time_zone = source.time_zone;
  settings.language = source.language;
  settings.boilerplate = source.boilerplate;
  return settings;
}

Result<std::pair<std::string, unsigned short>> ParseListenAddress(std::string_view text) {
  const std::string expected =
      "expected host:port such as \"127.0.0.1:9464\", found " + Quoted(std::string(text));
  std::string_view host;
  std::string_view port;
  if (text.starts_with("[")) {  // [::1]:9464
    const std::size_t close = text.find("]:");
    if (close == std::string_view::npos) return Status::InvalidInput(expected);
    host = text.substr(1, close - 1);
    port = text.substr(close + 2);
  } else {
    const std::size_t colon = text.rfind(':');
    if (colon == std::string_view::npos || text.find(':') != colon) {
      return Status::InvalidInput(expected);
    }
    host = text.substr(0, colon);
    port = text.substr(colon + 1);
  }
  if (host.empty() || port.empty() || port.size() > 5) return Status::InvalidInput(expected);
  unsigned long number = 0;
  for (char c : port) {
    if (c < '0' || c > '9') return Status::InvalidInput(expected);
    number = number * 10 + static_cast<unsigned long>(c - '0');
  }
  if (number > 65535) {
    return Status::InvalidInput("port " + std::string(port) + " is out of range (0 to 65535)");
  }
  return std::pair<std::string, unsigned short>(std::string(host),
                                                static_cast<unsigned short>(number));
}

std::vector<std::string> DefaultConfigPaths() {
#ifdef CORPUSD_INSTALLED_CONFIG
  const std::string installed = CORPUSD_INSTALLED_CONFIG;
#else
  const std::string installed = kDefaultConfigPath;
#endif
  if (installed == kDefaultConfigPath) return {installed};
  return {installed, kDefaultConfigPath};
}

std::string DefaultConfigPath() {
  const std::vector<std::string> paths = DefaultConfigPaths();
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::exists(path, ec)) return path;
  }
  return paths.front();
}

std::string SourceSubfolder(const std::string& root, const std::string& dir) {
  if (dir.empty()) return {};
  fs::path p(dir);
  if (p.is_relative()) p = fs::path(root) / p;
  std::string s = p.lexically_normal().string();
  while (s.size() > 1 && s.back() == '/') s.pop_back();
  return s;
}

}  // namespace corpusd
