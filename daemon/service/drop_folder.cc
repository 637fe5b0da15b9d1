#include "daemon/service/drop_folder.h"

#include <algorithm>
#include <chrono>
#include <filesystem>

#include "daemon/service/clock_jumps.h"

namespace corpusd {
namespace {

bool IsBelow(const std::string& path, const std::string& dir) {
  return !dir.empty() && path.size() > dir.size() && path.compare(0, dir.size(), dir) == 0 &&
         path[dir.size()] == '/';
}

}  // namespace

bool IsTemporaryName(const std::string& name) {
  if (name.empty() || name.front() == '.' || name.front() == '~' || name.back() == '~') {
    return true;
  }
  for (const char* suffix :
       {".part", ".partial", ".tmp", ".temp", ".crdownload", ".download", ".swp", ".lock"}) {
    const std::string s(suffix);
    if (name.size() > s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0) {
      return true;
    }
  }
  return false;
}

DropFolder::DropFolder(const SourceConfig& source, const FileSystem& fs, const Clock& clock)
    : source_(source),
      fs_(fs),
      clock_(clock),
      root_(fs.Absolute(source.path)),
      done_dir_(SourceSubfolder(root_, source.done_dir)),
      failed_dir_(SourceSubfolder(root_, source.failed_dir)) {}

bool DropFolder::Excluded(const std::string& path) const {
  return IsBelow(path, done_dir_) || IsBelow(path, failed_dir_) ||
         IsTemporaryName(std::filesystem::path(path).filename().string());
}

Result<std::vector<DropFile>> DropFolder::Ready(std::size_t limit,
                                                std::vector<std::string>* settling) const {
  Result<std::vector<std::string>> listed = fs_.ListFiles(source_.path);
  if (!listed.ok()) return listed.status().WithContext("reading " + root_);
  const auto now_ns =
      std::chrono::duration_cast<std::chrono::nanoseconds>(clock_.Now().time_since_epoch()).count();
  const auto settle_ns =
      std::chrono::duration_cast<std::chrono::nanoseconds>(source_.settle).count();
  // A file dated further ahead than a clock can drift was last written
  // under another clock: before the wall clock was set back, or by `cp -p`,
  // rsync or tar from a machine whose clock runs fast. A file still being
  // written now would carry the time of now, so it is complete; waiting for
  // the clock to reach its date could take hours.
  const auto future_ns =
      std::chrono::duration_cast<std::chrono::nanoseconds>(ClockJumps::kTolerance).count();
  std::vector<DropFile> ready;
  for (const std::string& path : *listed) {
    if (Excluded(fs_.Absolute(path))) continue;
    Result<FileInfo> info = fs_.Stat(path);
    if (!info.ok() || !info->is_regular) continue;  // gone meanwhile, or not a file
    if (info->mtime_ns > now_ns - settle_ns && info->mtime_ns <= now_ns + future_ns) {
      if (settling != nullptr) settling->push_back(path);
      continue;  // still being written, maybe
    }
    ready.push_back({path, *info});
  }
  std::stable_sort(ready.begin(), ready.end(), [](const DropFile& a, const DropFile& b) {
    return a.info.mtime_ns < b.info.mtime_ns;
  });
  if (ready.size() > limit) ready.resize(limit);
  return ready;
}

}  // namespace corpusd
