#include "core/file_system.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>  // renameat2
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace corpusd {
namespace {

Status FromErrno(int err) {
  const std::string message = std::strerror(err);
  switch (err) {
    case ENOENT:
    case ENOTDIR:
      return Status::NotFound(message);
    default:
      return Status::IoError(message);
  }
}

// Closes a descriptor when it goes out of scope.
class FdCloser {
 public:
  explicit FdCloser(int fd) : fd_(fd) {}
  ~FdCloser() { ::close(fd_); }
  FdCloser(const FdCloser&) = delete;
  FdCloser& operator=(const FdCloser&) = delete;

 private:
  int fd_;
};

Status TooLarge(std::uint64_t size, std::uint64_t max_bytes) {
  return Status::TooLarge((size > 0 ? HumanSize(size) : std::string("input")) + ", over the " +
                          HumanSize(max_bytes) + " limit (--max-size)");
}

}  // namespace

std::string HumanSize(std::uint64_t bytes) {
  static constexpr const char* kUnits[] = {"KiB", "MiB", "GiB", "TiB"};
  if (bytes < 1024) return std::to_string(bytes) + " bytes";
  double value = static_cast<double>(bytes);
  int unit = -1;
  while (value >= 1024 && unit < 3) {
    value /= 1024;
    ++unit;
  }
  char buf[32];
  if (value == static_cast<double>(static_cast<std::uint64_t>(value))) {
    std::snprintf(buf, sizeof buf, "%.0f %s", value, kUnits[unit]);
  } else {
    std::snprintf(buf, sizeof buf, "%.1f %s", value, kUnits[unit]);
  }
  return buf;
}

Result<FileInfo> RealFileSystem::Stat(const std::string& path) const {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return FromErrno(errno);
  return FileInfo{.is_directory = S_ISDIR(st.st_mode),
                  .is_regular = S_ISREG(st.st_mode),
                  .size = static_cast<std::uint64_t>(st.st_size),
                  .mtime_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 +
                              st.st_mtim.tv_nsec};
}

Result<std::string> RealFileSystem::ReadFile(const std::string& path,
                                             std::uint64_t max_bytes) const {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return FromErrno(errno);
  FdCloser closer(fd);
  struct stat st {};
  if (::fstat(fd, &st) != 0) return FromErrno(errno);
  if (S_ISDIR(st.st_mode)) return Status::InvalidInput("is a directory");
  if (S_ISREG(st.st_mode) && static_cast<std::uint64_t>(st.st_size) > max_bytes) {
    return TooLarge(static_cast<std::uint64_t>(st.st_size), max_bytes);
  }
  return ReadAll(fd, max_bytes);
}

Result<std::vector<std::string>> RealFileSystem::ListFiles(const std::string& dir) const {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::none, ec);
  if (ec) return FromErrno(ec.value());
  for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
    if (ec) return FromErrno(ec.value());
    const std::string name = it->path().filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_symlink(ec) && it->is_directory(ec)) {
      it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec)) files.push_back(it->path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string RealFileSystem::Absolute(const std::string& path) const {
  std::error_code ec;
  std::filesystem::path abs = std::filesystem::absolute(path, ec);
  if (ec) return path;
  return abs.lexically_normal().string();
}

Result<std::string> RealFileSystem::MoveInto(const std::string& path,
                                             const std::string& dir) const {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return FromErrno(ec.value()).WithContext("creating " + dir);
  const std::string name = fs::path(path).filename().string();
  for (int n = 0; n < 10000; ++n) {
    const fs::path to = fs::path(dir) / (n == 0 ? name : name + "." + std::to_string(n));
    // Never replaces a file that is already there (plain rename would):
    // renameat2's RENAME_NOREPLACE, else link and unlink on filesystems
    // without it.
    if (::renameat2(AT_FDCWD, path.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) {
      return to.string();
    }
    if (errno == EINVAL || errno == ENOSYS) {
      if (::link(path.c_str(), to.c_str()) == 0) {
        if (::unlink(path.c_str()) != 0) return FromErrno(errno).WithContext("moving " + path);
        return to.string();
      }
    }
    if (errno != EEXIST) return FromErrno(errno).WithContext("moving " + path);
  }
  return Status::IoError("no free name for " + name + " in " + dir);
}

Status ReplaceFile(const std::string& path, std::string_view text) {
  const std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) {
      std::error_code ec;
      std::filesystem::remove(temporary, ec);
      return Status::IoError(temporary + ": could not be written");
    }
  }
  std::error_code ec;
  std::filesystem::rename(temporary, path, ec);
  if (ec) {
    std::filesystem::remove(temporary, ec);
    return Status::IoError(path + ": " + ec.message());
  }
  return Status::Ok();
}

Result<std::string> ReadAll(int fd, std::uint64_t max_bytes) {
  std::string out;
  char buf[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      return FromErrno(errno);
    }
    if (n == 0) break;
    if (out.size() + static_cast<std::uint64_t>(n) > max_bytes) return TooLarge(0, max_bytes);
    out.append(buf, static_cast<std::size_t>(n));
  }
  return out;
}

}  // namespace corpusd
