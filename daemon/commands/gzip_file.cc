#include "daemon/commands/gzip_file.h"

#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace corpusd {

Result<std::unique_ptr<GzipFile>> GzipFile::Create(const std::string& path) {
  gzFile file = gzopen(path.c_str(), "wb6");
  if (file == nullptr) {
    return Status::IoError(path + ": " + (errno != 0 ? std::strerror(errno) : "cannot create"));
  }
  return std::unique_ptr<GzipFile>(new GzipFile(file, path));
}

Status GzipFile::ForEachLine(const std::string& path, std::size_t max_line,
                             const std::function<Status(std::string_view, std::size_t)>& line) {
  gzFile file = gzopen(path.c_str(), "rb");
  if (file == nullptr) {
    return Status::IoError(path + ": " + (errno != 0 ? std::strerror(errno) : "cannot open"));
  }
  std::string pending;  // the start of a line not yet ended
  std::size_t number = 0;
  char buffer[1 << 16];
  Status status;
  for (;;) {
    const int n = gzread(file, buffer, sizeof buffer);
    if (n < 0) {
      int code = 0;
      status = Status::InvalidInput(path + ": " + gzerror(file, &code));
      break;
    }
    if (n == 0) {
      int code = Z_OK;
      gzerror(file, &code);
      if (code == Z_BUF_ERROR) {  // the file ends inside its gzip stream
        status =
            Status::Corruption(path + ": cut short: its gzip stream ends " +
                               (pending.empty() ? "after line " + std::to_string(number)
                                                : "inside line " + std::to_string(number + 1)));
      } else if (!pending.empty()) {
        status = line(pending, ++number);
      }
      break;
    }
    std::string_view chunk(buffer, static_cast<std::size_t>(n));
    for (std::size_t end; status.ok() && (end = chunk.find('\n')) != std::string_view::npos;) {
      pending.append(chunk.substr(0, end));
      status = line(pending, ++number);
      pending.clear();
      chunk.remove_prefix(end + 1);
    }
    if (!status.ok()) break;
    pending.append(chunk);
    if (pending.size() > max_line) {
      status = Status::TooLarge(path + ":" + std::to_string(number + 1) + ": a line of more than " +
                                std::to_string(max_line) + " bytes");
      break;
    }
  }
  gzclose(file);
  return status;
}

GzipFile::~GzipFile() {
  if (file_ != nullptr) gzclose(static_cast<gzFile>(file_));
}

Status GzipFile::Write(std::string_view bytes) {
  if (file_ == nullptr) return Status::Internal(path_ + ": written after it was closed");
  while (!bytes.empty()) {
    // gzwrite takes an unsigned count: write in pieces far below its limit.
    const unsigned piece = static_cast<unsigned>(std::min<std::size_t>(bytes.size(), 1u << 30));
    const int written = gzwrite(static_cast<gzFile>(file_), bytes.data(), piece);
    if (written <= 0) {
      int code = 0;
      const char* message = gzerror(static_cast<gzFile>(file_), &code);
      return Status::IoError(path_ + ": " +
                             (code == Z_ERRNO ? std::strerror(errno) : std::string(message)));
    }
    bytes.remove_prefix(static_cast<std::size_t>(written));
    bytes_in_ += static_cast<std::uint64_t>(written);
  }
  return Status::Ok();
}

Status GzipFile::Close() {
  if (file_ == nullptr) return Status::Ok();
  const int code = gzclose(static_cast<gzFile>(file_));
  file_ = nullptr;
  if (code != Z_OK) {
    return Status::IoError(path_ + ": " +
                           (code == Z_ERRNO ? std::strerror(errno) : "gzclose failed"));
  }
  return Status::Ok();
}

}  // namespace corpusd
