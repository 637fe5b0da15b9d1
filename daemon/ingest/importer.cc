#include "daemon/ingest/importer.h"

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

Importer::Importer(CorpusStore& store, const FileSystem& fs, const Clock& clock,
                   ImportSettings settings, const BoilerplateRules& rules)
    : store_(store),
      fs_(fs),
      clock_(clock),
      settings_(std::move(settings)),
      memory_(store, settings_.source),
      options_(SourcePipelineOptions(settings_, rules, &memory_)) {}

void Importer::ImportFile(const std::string& path) {
  Result<std::string> bytes = fs_.ReadFile(path, settings_.max_document_bytes);
  if (!bytes.ok()) {
    Reject({path, bytes.status().message()});
    return;
  }
  Queue(FileInput(std::move(*bytes), path, fs_.Absolute(path)));
}

void Importer::ImportBytes(IngestInput input) { Queue(std::move(input)); }

// An input refused before it could be read (a missing path, a failed fetch)
// is read and rejected: the summary's counts add up.
void Importer::Reject(Rejection rejection) {
  ++report_.read;
  report_.rejected.push_back(std::move(rejection));
}

void Importer::Queue(IngestInput input) {
  ++report_.read;
  input.raw.source = settings_.source;
  options_.not_after = LatestPlausibleDay(clock_.Now());
  const std::string name = input.raw.name;
  Result<std::vector<IngestInput>> parts = SplitInput(std::move(input), options_.dates);
  if (!parts.ok()) {
    report_.rejected.push_back({name, parts.status().message()});  // read above
    return;
  }
  for (IngestInput& part : *parts) {
    Result<BuiltDocument> built = BuildIngested(part, options_);
    if (!built.ok()) {
      report_.rejected.push_back({part.raw.name, built.status().message()});
      continue;
    }
    Add(std::move(part), std::move(*built));
  }
}

void Importer::Add(IngestInput input, BuiltDocument built) {
  const auto now = clock_.Now();
  if (batch_.empty()) batch_started_ = now;
  batch_bytes_ += input.raw.bytes.size() + built.record.text.size();
  batch_.push_back(
      BatchEntry(std::move(built), std::move(input.raw.bytes), FormatUtcTimestamp(now)));
  FlushIfDue();
}

void Importer::FlushIfDue() {
  if (batch_.size() >= settings_.batch_documents || batch_bytes_ >= settings_.batch_bytes ||
      clock_.Now() - batch_started_ >= settings_.batch_delay) {
    Flush();
  }
}

void Importer::Flush() {
  if (batch_.empty()) return;
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
