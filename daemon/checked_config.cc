#include "daemon/checked_config.h"

#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "parsers/dates/icu_calendar.h"
#include "parsers/text/boilerplate_rules.h"

namespace corpusd {
namespace {

// "corpusd.toml:9:1: source "inbox": " at the key's own line (the
// [[source]] line for a key the source does not have).
std::string Where(const Config& config, const SourceConfig& source, std::string_view key = {}) {
  return config.file + ":" + std::to_string(key.empty() ? source.line : source.LineOf(key)) +
         ":1: source \"" + source.name + "\": ";
}

Status CheckSource(const Config& config, const SourceConfig& source) {
  Result<BoilerplateRules> rules = BoilerplateRules::Create(source.boilerplate);
  if (!rules.ok()) {
    const std::string_view key = source.key_lines.contains("drop_regex") ? "drop_regex" : "drop";
    return rules.status().WithContext(Where(config, source, key) + std::string(key));
  }
  if (!source.time_zone.empty()) {
    Result<int> offset = ZoneOffsetAtInstant(source.time_zone, 0);
    if (!offset.ok())
      return offset.status().WithContext(Where(config, source, "time_zone") + "time_zone");
  }
  return Status::Ok();
}

// A folder as the drop folder resolves it: done/ and failed/ relative to the
// source's folder.
std::string FolderOf(const SourceConfig& source, const std::string& dir) {
  return SourceSubfolder(source.path, dir);
}

bool SameOrBelow(const std::string& path, const std::string& dir) {
  return path == dir || (path.size() > dir.size() && path.compare(0, dir.size(), dir) == 0 &&
                         (dir.back() == '/' || path[dir.size()] == '/'));
}

// Where drop folders would take each other's files: two sources on one
// folder (or one inside the other), and done/ or failed/ that is the source's
// own folder or lies in another source's.
Status CheckFolders(const Config& config) {
  std::vector<const SourceConfig*> folders;
  for (const SourceConfig& s : config.sources) {
    if (s.type == SourceType::kDirectory && !s.path.empty()) folders.push_back(&s);
  }
  for (const SourceConfig* a : folders) {
    const std::string root = FolderOf(*a, ".");
    for (const SourceConfig* b : folders) {
      if (a == b) continue;
      const std::string other = FolderOf(*b, ".");
      if (SameOrBelow(root, other)) {
        return Status::InvalidInput(
            Where(config, *a, "path") +
            "path: " + (root == other ? "the same folder as" : "inside the folder of") +
            " source \"" + b->name + "\" (" + other + "); each file would be taken twice");
      }
    }
    for (const auto& [key, dir] : {std::pair<const char*, const std::string&>{"done", a->done_dir},
                                   {"failed", a->failed_dir}}) {
      if (dir.empty()) continue;
      const std::string moved_to = FolderOf(*a, dir);
      if (moved_to == root) {
        return Status::InvalidInput(Where(config, *a, key) + key +
                                    ": the source's own folder; name one inside it, e.g. \"" + key +
                                    "\"");
      }
      for (const SourceConfig* b : folders) {
        if (a == b || !SameOrBelow(moved_to, FolderOf(*b, "."))) continue;
        return Status::InvalidInput(Where(config, *a, key) + key + ": " + moved_to +
                                    " is in the folder of source \"" + b->name +
                                    "\", which would take the moved files again");
      }
    }
  }
  return Status::Ok();
}

}  // namespace

Status CheckPlaces(const Config& config) {
  namespace fs = std::filesystem;
  for (const SourceConfig& s : config.sources) {
    if (s.type != SourceType::kDirectory || s.path.empty()) continue;
    std::error_code ec;
    if (!fs::is_directory(s.path, ec)) {
      return Status::NotFound(Where(config, s, "path") + "path: no such folder: " + s.path);
    }
  }
  // The database's folder, where SQLite also writes its journal: one that is
  // there must be writable. One that is not there yet is left to whoever
  // makes it (the service's StateDirectory= at its first start).
  const std::string& db = config.store.database;
  if (!db.empty()) {
    fs::path dir = fs::path(db).parent_path();
    if (dir.empty()) dir = ".";
    std::error_code ec;
    if (fs::is_directory(dir, ec) && ::access(dir.c_str(), W_OK) != 0) {
      return Status::IoError(config.file + ": database: cannot write in " + dir.string());
    }
    if (fs::exists(db, ec) && ::access(db.c_str(), W_OK) != 0) {
      return Status::IoError(config.file + ": database: cannot write " + db);
    }
  }
  return Status::Ok();
}

Result<Config> LoadCheckedConfig(const std::string& path) {
  Result<Config> config = LoadConfig(path);
  if (!config.ok()) return config;
  for (const SourceConfig& source : config->sources) {
    Status status = CheckSource(*config, source);
    if (!status.ok()) return status;
  }
  if (Status status = CheckFolders(*config); !status.ok()) return status;
  return config;
}

}  // namespace corpusd
