// A directory under $TMPDIR that lives as long as the object, for tests.
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace corpusd::testing {

class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "corpusd-test-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add, ec);
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::string operator/(std::string_view name) const { return (path_ / name).string(); }

  // A subdirectory nobody may write to, that every user may read and enter
  // (the test directory itself too): for permission tests run as nobody,
  // since root writes anywhere.
  void MakeReadOnlySubdirectory(std::string_view name) const {
    namespace fs = std::filesystem;
    const auto read_enter = fs::perms::owner_read | fs::perms::owner_exec | fs::perms::others_read |
                            fs::perms::others_exec;
    fs::create_directory(path_ / name);
    fs::permissions(path_, read_enter | fs::perms::owner_write);
    fs::permissions(path_ / name, read_enter);
  }

  // Writes `bytes` to a file below the directory, creating folders as needed.
  std::string Write(std::string_view name, std::string_view bytes) const {
    const std::filesystem::path p = path_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary)
        .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return p.string();
  }

 private:
  std::filesystem::path path_;
};

// The whole content of a file, or "" if it cannot be read.
// Writes a file, creating the folders it needs.
inline void WriteFileBytes(const std::filesystem::path& p, std::string_view bytes) {
  std::filesystem::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << bytes;
}

inline std::string ReadFileBytes(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace corpusd::testing
