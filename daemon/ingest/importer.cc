#include "daemon/ingest/importer.h"

#include <utility>

#include "parsers/web/file_uri.h"
#include "parsers/encodings/content_sniffer.h"

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
      memory_(store, settings_.source) {
  options_.rules = &rules;
  options_.memory = &memory_;
  options_.learned = {settings_.learned_min_documents, settings_.learned_share};
  options_.dates.time_zone = settings_.time_zone;
}

void Importer::ImportFile(const std::string& path) {
  Result<std::string> bytes = fs_.ReadFile(path, settings_.max_document_bytes);
  if (!bytes.ok()) {
    Reject({path, bytes.status().message()});
    return;
  }
  RawInput input;
  input.bytes = std::move(*bytes);
  input.name = path;
  input.url = FileUri(fs_.Absolute(path));
  Queue(path, std::move(input));
}

void Importer::ImportBytes(RawInput input) {
  std::string name = input.name;
  Queue(name, std::move(input));
}

void Importer::Reject(Rejection rejection) { report_.rejected.push_back(std::move(rejection)); }

void Importer::Queue(const std::string& name, RawInput input) {
  ++report_.read;
  input.source = settings_.source;
  // A feed, saved or fetched: each item with content is a document.
  const ContentKind kind = SniffContent(input.bytes, input.content_type, input.name).kind;
  if (kind == ContentKind::kXml || kind == ContentKind::kData) {
    if (Result<Feed> feed = ParseFeed(input.bytes, input.url, options_.dates); feed.ok()) {
      QueueFeed(name, *feed);
      return;
    }
  }
  Result<BuiltDocument> built = BuildDocument(input, options_);
  if (!built.ok()) {
    Reject({name, built.status().message()});
    return;
  }
  Add(name, std::move(input), std::move(*built));
}

void Importer::QueueFeed(const std::string& name, const Feed& feed) {
  if (feed.items.empty()) {
    Reject({name, "the feed has no items"});
    return;
  }
  for (const FeedItem& item : feed.items) {
    const std::string item_name = name + " item " + FeedItemKey(item);
    RawInput input;
    input.source = settings_.source;
    input.url = item.link;
    input.name = item_name;
    PipelineOptions options = options_;
    FeedItemContent content = ContentOf(item, /*with_summary=*/true);
    input.bytes = std::move(content.bytes);
    options.html_fragment = content.html;
    if (!content.html) input.content_type = "text/plain";
    Result<BuiltDocument> built = BuildDocument(input, options);
    if (!built.ok()) {
      Reject({item_name, built.status().message()});
      continue;
    }
    Record& r = built->record;
    if (!r.title && !item.title.empty()) r.title = item.title;
    if (!r.author && !item.author.empty()) r.author = item.author;
    const auto& date = item.published_at ? item.published_at : item.updated_at;
    if (!r.published_at && date) r.published_at = date->iso;
    CapMetadataFields(&r);
    Add(item_name, std::move(input), std::move(*built));
  }
}

void Importer::Add(const std::string& name, RawInput input, BuiltDocument built_document) {
  std::optional<BuiltDocument> built(std::move(built_document));
  built->record.fetched_at = FormatUtcTimestamp(clock_.Now());
  if (batch_.empty()) batch_started_ = clock_.Now();
  batch_bytes_ += input.bytes.size() + built->record.text.size();
  batch_.push_back({std::move(built->record), std::move(input.bytes),
                    std::move(built->line_fingerprints), std::nullopt, std::nullopt,
                    std::move(built->minhash)});
  batch_names_.push_back(name);
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
  batch_names_.clear();
  batch_bytes_ = 0;
  memory_.Refresh();
}

}  // namespace corpusd
