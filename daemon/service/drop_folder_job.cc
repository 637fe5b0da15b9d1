#include "daemon/service/drop_folder_job.h"

#include <boost/asio/post.hpp>
#include <utility>

#include "core/content_hash.h"
#include "parsers/web/file_uri.h"
#include "daemon/log.h"

namespace corpusd {

DropFolderJob::DropFolderJob(JobContext context, SourceConfig source, ImportSettings settings,
                             std::shared_ptr<const BoilerplateRules> rules,
                             std::function<void(const JobReport&)> done)
    : context_(context),
      source_(std::move(source)),
      settings_(std::move(settings)),
      rules_(std::move(rules)),
      done_(std::move(done)),
      folder_(source_, context.fs, context.clock),
      memory_(context.store, settings_.source),
      locked_memory_(memory_, context.store_mutex) {
  options_ = SourcePipelineOptions(settings_, source_, *rules_, locked_memory_);
}

void DropFolderJob::Start() {
  std::unique_lock lock(context_.store_mutex);
  Result<std::vector<DropFile>> ready = folder_.Ready(kMaxFilesPerPoll);
  if (!ready.ok()) {
    report_.error = ready.status().message();
    finished_ = true;
    lock.unlock();
    done_(report_);
    return;
  }
  report_.more = ready->size() >= kMaxFilesPerPoll;  // a fuller folder: poll again at once
  for (DropFile& file : *ready) {
    Result<bool> seen =
        context_.store.SeenFileAt(source_.name, file.path, file.info.size, file.info.mtime_ns);
    if (!seen.ok()) {
      report_.error = seen.status().message();
      break;
    }
    if (*seen) continue;
    Item item;
    item.origin = {source_.name, file.path, file.info.size, file.info.mtime_ns, ""};
    item.file = std::move(file);
    items_.push_back(std::move(item));
  }
  lock.unlock();
  if (items_.empty()) {
    finished_ = true;
    done_(report_);
    return;
  }
  outstanding_ = items_.size();
  for (std::size_t i = 0; i < items_.size(); ++i) {
    boost::asio::post(context_.pool, [self = shared_from_this(), i] { self->Build(i); });
  }
}

void DropFolderJob::Build(std::size_t index) {
  Item& item = items_[index];
  Result<std::string> bytes = context_.fs.ReadFile(item.file.path, settings_.max_document_bytes);
  if (!bytes.ok()) {
    item.built = bytes.status();
  } else {
    item.origin.content_hash = Sha256Hex(*bytes);
    RawInput input;
    input.bytes = std::move(*bytes);
    input.name = item.file.path;
    input.url = FileUri(context_.fs.Absolute(item.file.path));
    input.source = settings_.source;
    item.built = BuildDocument(input, options_);
    item.raw = std::move(input.bytes);
  }
  boost::asio::post(context_.loop, [self = shared_from_this(), index] {
    self->items_[index].back = true;
    self->Back();
  });
}

void DropFolderJob::Back() {
  if (finished_) return;
  if (--outstanding_ == 0) Store();
}

void DropFolderJob::FinishNow() {
  if (finished_) return;
  LogWarning("source " + source_.name + ": stop deadline reached with " +
             std::to_string(outstanding_) + " files still being read; they stay for next time");
  Store();
}

void DropFolderJob::Store() {
  finished_ = true;
  std::unique_lock lock(context_.store_mutex);
  const std::string now = FormatUtcTimestamp(context_.clock.Now());
  std::vector<PendingDocument> batch;
  std::vector<const Item*> stored_items;
  std::vector<const Item*> rejected_items;
  for (Item& item : items_) {
    if (!item.back) continue;
    if (!item.built.ok()) {
      rejected_items.push_back(&item);
      continue;
    }
    // The same bytes at this path were dealt with before (the file was touched).
    Result<bool> same = item.origin.content_hash.empty()
                            ? Result<bool>(false)
                            : context_.store.SeenFileContent(item.origin, now);
    if (same.ok() && *same) continue;
    Record record = std::move(item.built->record);
    record.fetched_at = now;
    batch.push_back({std::move(record), std::move(item.raw),
                     std::move(item.built->line_fingerprints), item.origin, std::nullopt,
                     std::move(item.built->minhash)});
    stored_items.push_back(&item);
  }
  if (!batch.empty()) {
    Result<std::vector<AppendOutcome>> outcomes = context_.store.AppendBatch(batch);
    if (!outcomes.ok()) {
      // Nothing of the batch was stored: the files stay and are tried next time.
      report_.error = outcomes.status().message();
      lock.unlock();
      done_(report_);
      return;
    }
    for (std::size_t i = 0; i < outcomes->size(); ++i) {
      ++((*outcomes)[i].duplicate ? report_.duplicates : report_.stored);
      Move(stored_items[i]->file.path, folder_.done_dir());
    }
  }
  for (const Item* item : rejected_items) {
    ++report_.rejected;
    const std::string& reason = item->built.status().message();
    LogWarning("source " + source_.name + ": " + item->file.path + ": " + reason);
    if (Status s = context_.store.RecordRejectedFile(item->origin, reason, now); !s.ok()) {
      LogError("source " + source_.name + ": remembering " + item->file.path + ": " + s.message());
    }
    Move(item->file.path, folder_.failed_dir());
  }
  lock.unlock();
  done_(report_);
}

void DropFolderJob::Move(const std::string& path, const std::string& dir) {
  if (dir.empty()) return;
  Result<std::string> moved = context_.fs.MoveInto(path, dir);
  if (!moved.ok()) {
    LogWarning("source " + source_.name + ": could not move " + path + " to " + dir + ": " +
               moved.status().message());
  }
}

}  // namespace corpusd
