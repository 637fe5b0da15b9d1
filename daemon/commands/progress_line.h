// The one-line progress display of a long import, redrawn in place on a
// terminal (standard error) at most a few times a second; silent when
// standard error is not a terminal, so logs and pipes stay clean.
#pragma once

#include <chrono>
#include <cstddef>

#include "daemon/ingest/importer.h"

namespace corpusd {

class ProgressLine {
 public:
  // `total` inputs are expected; shown only when stderr is a terminal.
  explicit ProgressLine(std::size_t total);
  ~ProgressLine();  // clears the line
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  // `done` inputs of the total are handled; the counts are what is committed.
  void Update(std::size_t done, const ImportReport& report);

 private:
  std::size_t total_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace corpusd
