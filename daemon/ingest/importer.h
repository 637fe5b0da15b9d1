// The import job: inputs (files, directories, standard input, fetched URLs)
// through the pipeline into the corpus, in batches, with a report of what
// became of each. Used by `corpusd import`. A saved feed is taken item by
// item (ingest_input.h SplitInput), as the daemon's drop folders take it.
//
// Not thread-safe; one thread drives an Importer (ImportFiles runs its own
// worker pool inside). The store, filesystem and clock must outlive it.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "config/settings.h"
#include "core/clock.h"
#include "core/file_system.h"
#include "core/record.h"
#include "daemon/ingest/document_builder.h"
#include "daemon/ingest/ingest_input.h"
#include "daemon/ingest/store_line_memory.h"
#include "parsers/document_pipeline.h"
#include "store/corpus.h"

namespace corpusd {

struct Rejection {
  std::string input;   // a path, or "standard input"
  std::string reason;  // one line
};

struct ImportReport {
  std::size_t read = 0;        // inputs that were read and processed
  std::size_t stored = 0;      // new documents
  std::size_t duplicates = 0;  // texts the corpus already had
  std::vector<Rejection> rejected;
  // Why the corpus could not be written (a full disk, an I/O error, a lock
  // held too long); empty while it can. The batch it happened to is rolled
  // back, and the import stops there: what was stored before stays whole.
  std::string store_error;
  std::size_t not_imported = 0;  // documents of the failed batch, not stored
};

// The files named by command-line paths: files as given, directories
// expanded recursively. Paths that are missing, unreadable or name a
// directory with no files are rejected here, with the reason.
struct ExpandedPaths {
  std::vector<std::string> files;
  std::vector<Rejection> rejected;
};
ExpandedPaths ExpandPaths(const std::vector<std::string>& paths, const FileSystem& fs);

class Importer {
 public:
  static constexpr std::size_t kMaxRun = 32;  // inputs cleaned against one state of the corpus

  // `rules` (built from settings.boilerplate) must outlive the importer.
  Importer(Corpus& store, const FileSystem& fs, const Clock& clock, ImportSettings settings,
           const BoilerplateRules& rules);
  Importer(const Importer&) = delete;
  Importer& operator=(const Importer&) = delete;

  // Reads one file and queues its record; rejections are recorded, never fatal.
  void ImportFile(const std::string& path);
  // ImportFile for each path, in order, reading and cleaning up to `jobs` at
  // once on a worker pool while this thread alone writes. The paths go in
  // runs of min(batch_documents, kMaxRun), each cleaned against the corpus as
  // it was when the run started, and commits come at batch_documents or
  // batch_bytes, never by the clock. So the corpus gets the same documents,
  // in the same order (ids), whatever `jobs` is, learned boilerplate included. `after_each` runs
  // after each input is dealt with. Once the corpus cannot be written the rest are not read;
  // returns how many were not.
  std::size_t ImportFiles(const std::vector<std::string>& paths, unsigned jobs,
                          const std::function<void()>& after_each);
  // Queues a record for bytes read elsewhere (standard input, a fetched
  // URL); `input.raw.name` names it in the report.
  void ImportBytes(IngestInput input);
  // Counts an input rejected before it could be read, as read and rejected.
  void Reject(Rejection rejection);
  // Commits whatever is queued. Call at the end; safe to call more than once.
  void Flush();

  const ImportReport& report() const { return report_; }

 private:
  // One input read and split into documents, each built (or refused).
  struct Prepared {
    std::string name;
    std::optional<Status> refused;  // the input as a whole: unreadable, not splittable
    struct Part {
      std::string name;
      Result<BuiltDocument> built;
      PackedRaw raw;  // packed for the corpus, on the worker
    };
    std::vector<Part> parts;
  };
  Prepared PrepareFile(const std::string& path, const PipelineOptions& options) const;
  static Prepared Prepare(IngestInput input, const PipelineOptions& options);
  void Commit(Prepared prepared);
  void Queue(IngestInput input);
  void Add(BuiltDocument built, PackedRaw raw);
  void FlushIfDue();

  Corpus& store_;
  const FileSystem& fs_;
  const Clock& clock_;
  ImportSettings settings_;
  StoreLineMemory memory_;
  PipelineOptions options_;
  ImportReport report_;
  std::vector<PendingDocument> batch_;
  std::size_t batch_bytes_ = 0;
  std::chrono::system_clock::time_point batch_started_;
  bool in_runs_ = false;    // ImportFiles: commits only where a run ends
  std::mutex store_mutex_;  // the store, between this thread and ImportFiles' workers
  struct Window;
};

}  // namespace corpusd
