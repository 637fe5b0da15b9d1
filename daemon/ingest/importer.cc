#include "daemon/ingest/importer.h"

#include <algorithm>
#include <boost/asio/post.hpp>
#include <boost/asio/thread_pool.hpp>
#include <latch>
#include <memory>
#include <mutex>
#include <utility>

#include "daemon/ingest/document_builder.h"
#include "daemon/ingest/source_pipeline.h"

namespace corpusd {

ExpandedPaths ExpandPaths(const std::vector<std::string>& paths, const FileSystem& fs) {
  ExpandedPaths out;
  for (const std::string& path : paths) {
    Result<FileInfo> info = fs.Stat(path);
    if (!info.ok()) {
      out.rejected.push_back({path, info.status().message()});
      continue;
    }
    if (!info->is_directory) {
      out.files.push_back(path);
      continue;
    }
    Result<std::vector<std::string>> files = fs.ListFiles(path);
    if (!files.ok()) {
      out.rejected.push_back({path, files.status().message()});
    } else if (files->empty()) {
      out.rejected.push_back({path, "directory holds no documents"});
    } else {
      out.files.insert(out.files.end(), files->begin(), files->end());
    }
  }
  return out;
}

Importer::Importer(Corpus& store, const FileSystem& fs, const Clock& clock, ImportSettings settings,
                   const BoilerplateRules& rules)
    : store_(store),
      fs_(fs),
      clock_(clock),
      settings_(std::move(settings)),
      memory_(store, settings_.source),
      options_(SourcePipelineOptions(settings_, rules, &memory_)) {}

void Importer::ImportFile(const std::string& path) {
  options_.not_after = LatestPlausibleDay(clock_.Now());
  Commit(PrepareFile(path, options_));
}

Importer::Prepared Importer::PrepareFile(const std::string& path,
                                         const PipelineOptions& options) const {
  Result<std::string> bytes = fs_.ReadFile(path, settings_.max_document_bytes);
  if (!bytes.ok()) return Prepared{path, bytes.status(), {}};
  IngestInput input = FileInput(std::move(*bytes), path, fs_.Absolute(path));
  input.raw.source = settings_.source;
  return Prepare(std::move(input), options);
}

Importer::Prepared Importer::Prepare(IngestInput input, const PipelineOptions& options) {
  Prepared out;
  out.name = input.raw.name;
  Result<std::vector<IngestInput>> parts = SplitInput(std::move(input), options.dates);
  if (!parts.ok()) {
    out.refused = parts.status();
    return out;
  }
  for (IngestInput& part : *parts) {
    Result<BuiltDocument> built = BuildIngested(part, options);
    PackedRaw packed = built.ok() ? PackRaw(std::move(part.raw.bytes)) : PackedRaw{};
    out.parts.push_back({part.raw.name, std::move(built), std::move(packed)});
  }
  return out;
}

void Importer::Commit(Prepared prepared) {
  ++report_.read;
  if (prepared.refused) {
    report_.rejected.push_back({prepared.name, prepared.refused->message()});
    return;
  }
  for (Prepared::Part& part : prepared.parts) {
    if (!part.built.ok()) {
      report_.rejected.push_back({part.name, part.built.status().message()});
      continue;
    }
    Add(std::move(*part.built), std::move(part.raw));
  }
}

// A run of inputs read and cleaned together, each against the corpus as it
// was when the run started.
struct Importer::Window {
  std::size_t start = 0;
  std::size_t end = 0;
  std::vector<Prepared> prepared;
  std::latch built;
  Window(std::size_t s, std::size_t e)
      : start(s), end(e), prepared(e - s), built(static_cast<std::ptrdiff_t>(e - s)) {}
};

std::size_t Importer::ImportFiles(const std::vector<std::string>& paths, unsigned jobs,
                                  const std::function<void()>& after_each) {
  // Runs of the same length whatever `jobs` is, each cleaned against the
  // corpus as the run began, and commits by count and size, never by the
  // clock: every document meets the same corpus, so any number of jobs gives
  // the same corpus.
  const std::size_t run = std::clamp<std::size_t>(settings_.batch_documents, 1, kMaxRun);
  in_runs_ = true;
  // Workers ask the store about learned boilerplate while this thread writes:
  // one user of the connection at a time (Flush takes the same lock).
  LockedLineMemory locked(memory_, store_mutex_);
  PipelineOptions options = options_;
  if (options.memory != nullptr) options.memory = &locked;
  std::optional<boost::asio::thread_pool> pool;
  if (jobs > 1) pool.emplace(jobs);
  const auto launch = [&](std::size_t start) {
    options.not_after = LatestPlausibleDay(clock_.Now());
    auto window = std::make_unique<Window>(start, std::min(paths.size(), start + run));
    for (std::size_t i = window->start; i < window->end; ++i) {
      auto task = [this, w = window.get(), &paths, options, i] {
        Prepared& slot = w->prepared[i - w->start];
        try {
          slot = PrepareFile(paths[i], options);
        } catch (const std::exception& e) {  // out of memory: this input only
          slot = Prepared{paths[i], Status::Internal(e.what()), {}};
        }
        w->built.count_down();
      };
      if (pool) {
        boost::asio::post(*pool, std::move(task));
      } else {
        task();
      }
    }
    return window;
  };

  std::size_t skipped = 0;
  std::unique_ptr<Window> window = paths.empty() ? nullptr : launch(0);
  while (window) {
    window->built.wait();
    std::size_t documents = batch_.size();
    std::size_t bytes = batch_bytes_;
    for (const Prepared& p : window->prepared) {
      for (const Prepared::Part& part : p.parts) {
        if (!part.built.ok()) continue;
        ++documents;
        bytes += part.raw.size + part.built->record.text.size();
      }
    }
    // Whether writing this run commits (Add does, at batch_documents or
    // batch_bytes): then the next run must see it, and is cleaned after.
    const bool commit = documents >= settings_.batch_documents || bytes >= settings_.batch_bytes;
    std::unique_ptr<Window> next;
    const bool more = window->end < paths.size();
    if (more && !commit) next = launch(window->end);
    std::size_t i = window->start;
    for (; i < window->end && report_.store_error.empty(); ++i) {
      Commit(std::move(window->prepared[i - window->start]));
      after_each();
    }
    if (!report_.store_error.empty()) {  // no room: stop reading
      if (next) next->built.wait();      // its workers write into it
      skipped = paths.size() - i;
      break;
    }
    if (more && !next) next = launch(window->end);
    window = std::move(next);
  }
  if (pool) pool->join();
  in_runs_ = false;
  return skipped;
}

void Importer::ImportBytes(IngestInput input) { Queue(std::move(input)); }

// An input refused before it could be read (a missing path, a failed fetch)
// is read and rejected: the summary's counts add up.
void Importer::Reject(Rejection rejection) {
  ++report_.read;
  report_.rejected.push_back(std::move(rejection));
}

void Importer::Queue(IngestInput input) {
  input.raw.source = settings_.source;
  options_.not_after = LatestPlausibleDay(clock_.Now());
  Commit(Prepare(std::move(input), options_));
}

void Importer::Add(BuiltDocument built, PackedRaw raw) {
  const auto now = clock_.Now();
  if (batch_.empty()) batch_started_ = now;
  batch_bytes_ += raw.size + built.record.text.size();
  batch_.push_back(BatchEntry(std::move(built), std::move(raw), FormatUtcTimestamp(now)));
  FlushIfDue();
}

void Importer::FlushIfDue() {
  // In runs, never by the clock: where a commit falls must not depend on speed.
  if (batch_.size() >= settings_.batch_documents || batch_bytes_ >= settings_.batch_bytes ||
      (!in_runs_ && clock_.Now() - batch_started_ >= settings_.batch_delay)) {
    Flush();
  }
}

void Importer::Flush() {
  if (batch_.empty()) return;
  std::lock_guard lock(store_mutex_);  // workers may be asking the store about lines
  Result<std::vector<AppendOutcome>> outcomes = store_.AppendBatch(batch_);
  if (outcomes.ok()) {
    for (const AppendOutcome& outcome : *outcomes) {
      ++(outcome.duplicate ? report_.duplicates : report_.stored);
    }
  } else {
    // The batch was rolled back as a whole; the corpus cannot take more.
    report_.store_error = outcomes.status().message();
    report_.not_imported += batch_.size();
  }
  batch_.clear();
  batch_bytes_ = 0;
  memory_.Refresh();
}

}  // namespace corpusd
