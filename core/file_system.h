// The filesystem, injected: the importer, the drop folders and the config
// loader reach files only through this interface, so tests can use a fake.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/status.h"

namespace corpusd {

struct FileInfo {
  bool is_directory = false;
  bool is_regular = false;
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;  // last modification, nanoseconds since the epoch
};

class FileSystem {
 public:
  virtual ~FileSystem() = default;
  // Fails with kNotFound for a missing path.
  virtual Result<FileInfo> Stat(const std::string& path) const = 0;
  // The whole file; kTooLarge (without reading it) when over `max_bytes`.
  virtual Result<std::string> ReadFile(const std::string& path, std::uint64_t max_bytes) const = 0;
  // The regular files below a directory, recursively, in a stable (sorted)
  // order. Hidden entries (".name") are skipped; links to directories are not
  // followed, so a cycle cannot trap the walk.
  virtual Result<std::vector<std::string>> ListFiles(const std::string& dir) const = 0;
  // The absolute, lexically normal form of a path.
  virtual std::string Absolute(const std::string& path) const = 0;
  // Moves a file into `dir` (created if missing), keeping its name or, when
  // that is taken, adding ".1", ".2", ...; returns the new path.
  virtual Result<std::string> MoveInto(const std::string& path, const std::string& dir) const = 0;
};

// The operating system's filesystem.
class RealFileSystem final : public FileSystem {
 public:
  Result<FileInfo> Stat(const std::string& path) const override;
  Result<std::string> ReadFile(const std::string& path, std::uint64_t max_bytes) const override;
  Result<std::vector<std::string>> ListFiles(const std::string& dir) const override;
  std::string Absolute(const std::string& path) const override;
  Result<std::string> MoveInto(const std::string& path, const std::string& dir) const override;
};

// Reads a file descriptor (standard input) to its end; kTooLarge as soon as
// more than `max_bytes` arrive.
Result<std::string> ReadAll(int fd, std::uint64_t max_bytes);

// Writes `text` to `path` through a temporary file beside it ("PATH.tmp")
// renamed over it, so that a crash leaves the old file or the new one, never
// half of one.
Status ReplaceFile(const std::string& path, std::string_view text);

// "64 MiB", "1.5 KiB", "12 bytes".
std::string HumanSize(std::uint64_t bytes);

}  // namespace corpusd
