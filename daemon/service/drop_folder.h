// A drop folder: the files other programs put below a source's folder for
// corpusd to import. Finds the ones that are complete (unchanged for the
// source's settle time, or dated in the future beyond clock drift; temporary
// names such as "x.part" are never taken)
// and outside its done/ and failed/ folders. Filesystem and clock injected.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "config/daemon_config.h"
#include "core/clock.h"
#include "core/file_system.h"
#include "core/status.h"

namespace corpusd {

struct DropFile {
  std::string path;
  FileInfo info;
};

class DropFolder {
 public:
  // `source`, `fs` and `clock` must outlive this object.
  DropFolder(const SourceConfig& source, const FileSystem& fs, const Clock& clock);

  // Complete files, oldest change first, at most `limit`. Fails when the
  // folder itself cannot be read. With `settling`, the files passed over as
  // maybe still being written are listed there.
  Result<std::vector<DropFile>> Ready(std::size_t limit,
                                      std::vector<std::string>* settling = nullptr) const;

  // Where imported and refused files go: absolute paths, empty when files
  // are left in place.
  const std::string& done_dir() const { return done_dir_; }
  const std::string& failed_dir() const { return failed_dir_; }

 private:
  bool Excluded(const std::string& path) const;

  const SourceConfig& source_;
  const FileSystem& fs_;
  const Clock& clock_;
  std::string root_;
  std::string done_dir_;
  std::string failed_dir_;
};

// True for names that writers use while a file is still being written
// ("report.html.part", "x.tmp", "~x", "x~", ".x").
bool IsTemporaryName(const std::string& file_name);

}  // namespace corpusd
