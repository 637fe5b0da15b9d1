// One poll of a drop folder, asynchronous. On the event loop's thread it
// finds the complete files not seen before; the worker pool reads, hashes
// and builds each file's documents through ingest (a saved feed gives one
// per item, as `import` makes them); back on the event loop's thread the
// documents are stored in one transaction with what was seen, and the files
// are moved to done/ or failed/. The store is only touched from the event loop's thread
// and, for learned boilerplate, from the workers, always under one lock.
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "config/daemon_config.h"
#include "core/clock.h"
#include "core/file_system.h"
#include "daemon/ingest/document_builder.h"
#include "daemon/ingest/store_line_memory.h"
#include "daemon/service/drop_folder.h"
#include "daemon/service/source_job.h"
#include "parsers/text/boilerplate_rules.h"
#include "store/corpus.h"

namespace corpusd {

class DropFolderJob final : public SourceJob, public std::enable_shared_from_this<DropFolderJob> {
 public:
  // At most this many files per poll: a full folder is worked off over
  // several polls, each a bounded transaction.
  static constexpr std::size_t kMaxFilesPerPoll = 256;

  DropFolderJob(JobContext context, SourceConfig source, ImportSettings settings,
                std::shared_ptr<const BoilerplateRules> rules,
                std::function<void(const JobReport&)> done);

  void Start() override;
  void FinishNow() override;

 private:
  // One document of a file: the file itself, or one item of a saved feed.
  struct Part {
    std::string name;
    PackedRaw raw;  // packed for the corpus, on the worker
    Result<BuiltDocument> built = Status::Internal("not built");
  };
  struct Item {
    DropFile file;
    FileOrigin origin;
    Status error;  // the file as a whole could not be read or split
    std::vector<Part> parts;
    bool back = false;
    // Dealt with before at this size and time, yet in the folder again: a
    // file dropped anew under the same name (or one a crash kept from moving).
    bool seen_before = false;
  };
  // Why the file is refused, or an empty string when any part was built.
  static std::string RefusalOf(const Item& item);
  void Build(std::size_t index);  // on a worker
  void Back();                    // on the event loop
  void Store();
  void Move(const std::string& path, const std::string& dir);

  JobContext context_;
  SourceConfig source_;
  ImportSettings settings_;
  std::shared_ptr<const BoilerplateRules> rules_;
  std::function<void(const JobReport&)> done_;
  DropFolder folder_;
  StoreLineMemory memory_;
  LockedLineMemory locked_memory_;
  PipelineOptions options_;
  std::vector<Item> items_;
  std::size_t outstanding_ = 0;
  bool finished_ = false;
  JobReport report_;
};

}  // namespace corpusd
