#include "daemon/commands/progress_line.h"

#include <unistd.h>

#include <cstdio>

namespace corpusd {

ProgressLine::ProgressLine(std::size_t total) : total_(total), enabled_(isatty(STDERR_FILENO)) {}

ProgressLine::~ProgressLine() {
  if (drawn_) std::fputs("\r\033[K", stderr);
}

void ProgressLine::Update(std::size_t done, const ImportReport& r) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  drawn_ = true;
  std::fprintf(stderr, "\r\033[Kimporting %zu/%zu: %zu stored, %zu duplicates, %zu rejected", done,
               total_, r.stored, r.duplicates, r.rejected.size());
  std::fflush(stderr);
}

}  // namespace corpusd
