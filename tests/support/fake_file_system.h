// An in-memory FileSystem for tests: files are paths with bytes and a
// modification time; directories exist where files are below them.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/file_system.h"

namespace corpusd::testing {

class FakeFileSystem final : public FileSystem {
 public:
  // Mutable: the interface is const, and moving files is this fake's state.
  mutable std::map<std::string, std::string> files;    // path -> bytes
  mutable std::map<std::string, std::int64_t> mtimes;  // path -> mtime_ns (0 when not set)
  std::map<std::string, Status> errors;                // path -> read error

  void Put(const std::string& path, std::string bytes, std::int64_t mtime_ns) {
    files[path] = std::move(bytes);
    mtimes[path] = mtime_ns;
  }

  Result<FileInfo> Stat(const std::string& path) const override {
    if (files.count(path) || errors.count(path)) {
      return FileInfo{.is_regular = true,
                      .size = files.count(path) ? files.at(path).size() : 0,
                      .mtime_ns = mtimes.count(path) ? mtimes.at(path) : 0};
    }
    for (const auto& [name, bytes] : files) {
      if (name.rfind(path + "/", 0) == 0) return FileInfo{.is_directory = true};
    }
    return Status::NotFound("No such file or directory");
  }
  Result<std::string> ReadFile(const std::string& path, std::uint64_t max) const override {
    if (errors.count(path)) return errors.at(path);
    if (!files.count(path)) return Status::NotFound("No such file or directory");
    if (files.at(path).size() > max) return Status::TooLarge("too large");
    return files.at(path);
  }
  Result<std::vector<std::string>> ListFiles(const std::string& dir) const override {
    std::vector<std::string> out;
    for (const auto& [name, bytes] : files) {
      if (name.rfind(dir + "/", 0) == 0) out.push_back(name);
    }
    return out;
  }
  std::string Absolute(const std::string& path) const override { return "/abs" + path; }
  Result<std::string> MoveInto(const std::string& path, const std::string& dir) const override {
    if (!files.count(path)) return Status::NotFound("No such file or directory");
    std::string to = dir + "/" + path.substr(path.rfind('/') + 1);
    while (files.count(to)) to += ".1";
    files[to] = files.at(path);
    mtimes[to] = mtimes.count(path) ? mtimes.at(path) : 0;
    files.erase(path);
    mtimes.erase(path);
    return to;
  }
};

}  // namespace corpusd::testing
