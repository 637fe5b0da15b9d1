// A gzip file written in one go, or read whole (zlib's gzopen, gzwrite,
// gzread, gzclose, wrapped here once): export shards, `.jsonl.gz`, which
// gzip, Python, Spark, DuckDB and dolma read as they are, and which `copy`
// loads back.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "core/status.h"

namespace corpusd {

class GzipFile {
 public:
  // Creates (or truncates) `path`.
  static Result<std::unique_ptr<GzipFile>> Create(const std::string& path);
  // Calls `line` with each line of `path`, decompressed (a file that is not
  // gzip is read as it is), without its line break, and its number from 1;
  // stops at the first error `line` returns. A line longer than `max_line`
  // is an error. A gzip file cut short gives its whole lines, then a
  // Corruption error saying where it ends (the broken last line is not given).
  static Status ForEachLine(const std::string& path, std::size_t max_line,
                            const std::function<Status(std::string_view, std::size_t)>& line);
  ~GzipFile();  // closes, if Close was not called
  GzipFile(const GzipFile&) = delete;
  GzipFile& operator=(const GzipFile&) = delete;

  Status Write(std::string_view bytes);
  // Flushes and closes; an error when the last bytes could not be written.
  Status Close();
  std::uint64_t bytes_in() const { return bytes_in_; }  // uncompressed, so far

 private:
  GzipFile(void* file, std::string path) : file_(file), path_(std::move(path)) {}
  void* file_;  // gzFile
  std::string path_;
  std::uint64_t bytes_in_ = 0;
};

}  // namespace corpusd
