#include "daemon/service/drop_folder_job.h"

#include <boost/asio/post.hpp>
#include <utility>

#include "core/content_hash.h"
#include "daemon/ingest/source_pipeline.h"
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
  options_ = SourcePipelineOptions(settings_, *rules_, &locked_memory_);
}

void DropFolderJob::Start() {
  std::unique_lock lock(context_.store_mutex);
  Result<std::vector<DropFile>> ready = folder_.Ready(kMaxFilesPerPoll, &report_.settling);
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
    // Files left in place are remembered, not taken again; where files move
    // on, one that is here was dropped again and must end in done/ or failed/.
    if (*seen && folder_.done_dir().empty()) continue;
    Item item;
    item.seen_before = *seen;
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
  options_.not_after = LatestPlausibleDay(context_.clock.Now());  // before the workers read it
  for (std::size_t i = 0; i < items_.size(); ++i) {
    boost::asio::post(context_.pool, [self = shared_from_this(), i] { self->Build(i); });
  }
}

void DropFolderJob::Build(std::size_t index) {
  Item& item = items_[index];
  Result<std::string> bytes = context_.fs.ReadFile(item.file.path, settings_.max_document_bytes);
  if (!bytes.ok()) {
    item.error = bytes.status();
  } else {
    item.origin.content_hash = Sha256Hex(*bytes);
    IngestInput input =
        FileInput(std::move(*bytes), item.file.path, context_.fs.Absolute(item.file.path));
    input.raw.source = settings_.source;
    Result<std::vector<IngestInput>> parts = SplitInput(std::move(input), options_.dates);
    if (!parts.ok()) {
      item.error = parts.status();
    } else {
      for (IngestInput& in : *parts) {
        Part part;
        part.name = in.raw.name;
        part.built = BuildIngested(in, options_);
        if (part.built.ok()) part.raw = PackRaw(std::move(in.raw.bytes));
        item.parts.push_back(std::move(part));
      }
    }
  }
  boost::asio::post(context_.loop, [self = shared_from_this(), index] {
    self->items_[index].back = true;
    self->Back();
  });
}

std::string DropFolderJob::RefusalOf(const Item& item) {
  if (!item.error.ok()) return item.error.message();
  for (const Part& part : item.parts) {
    if (part.built.ok()) return "";
  }
  if (item.parts.size() == 1) return item.parts.front().built.status().message();
  return "none of its " + std::to_string(item.parts.size()) +
         " feed items gave a document (the first: " + item.parts.front().built.status().message() +
         ")";
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
  std::vector<std::string> labels;        // what each batch entry came from, for the log
  std::vector<const Item*> stored_items;  // each once, in batch order
  std::vector<std::pair<const Item*, std::string>> refused;
  for (Item& item : items_) {
    if (!item.back) continue;
    if (std::string why = RefusalOf(item); !why.empty()) {
      refused.emplace_back(&item, std::move(why));
      continue;
    }
    // The same bytes at this path were dealt with before: a file touched in
    // place, or dropped again, which is a duplicate and moves on to done/.
    Result<bool> same = context_.store.SeenFileContent(item.origin, now);
    if (same.ok() && *same) {
      if (folder_.done_dir().empty()) continue;
      ++report_.duplicates;
      LogInfo("source " + source_.name + ": " + item.file.path +
              ": already taken with the same content; a duplicate");
      stored_items.push_back(&item);
      continue;
    }
    for (Part& part : item.parts) {
      if (!part.built.ok()) {
        report_.Reject(part.built.status());
        LogWarning("source " + source_.name + ": " + part.name + ": " +
                   part.built.status().message());
        continue;
      }
      labels.push_back(item.parts.size() > 1 ? item.file.path + " (" + part.name + ")"
                                             : item.file.path);
      batch.push_back(
          BatchEntry(std::move(*part.built), std::move(part.raw), now, {item.origin, {}}));
    }
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
      const AppendOutcome& outcome = (*outcomes)[i];
      ++(outcome.duplicate ? report_.duplicates : report_.stored);
      LogInfo("source " + source_.name + ": " + labels[i] + " -> " + DescribeOutcome(outcome));
    }
  }
  // A file moves only once what was stored from it, or the reason it was
  // refused, is committed: a crash in between must not leave it in done/
  // with no document (the daemon holds commits, store/corpus_store.h).
  const bool moves = (!stored_items.empty() && !folder_.done_dir().empty()) ||
                     (!refused.empty() && !folder_.failed_dir().empty());
  for (const auto& [item, reason] : refused) {
    // Refused before and left in place (no failed/): said once, not at every poll.
    if (item->seen_before && folder_.failed_dir().empty()) continue;
    report_.Reject(!item->error.ok()     ? item->error
                   : item->parts.empty() ? Status::InvalidInput(reason)
                                         : item->parts.front().built.status());
    LogWarning("source " + source_.name + ": " + item->file.path + ": " + reason);
    if (Status s = context_.store.RecordRejectedFile(item->origin, reason, now); !s.ok()) {
      LogError("source " + source_.name + ": remembering " + item->file.path + ": " + s.message());
    }
  }
  if (moves) {
    if (Status s = context_.store.CommitHeld(); !s.ok()) {
      // Undone with everything held: the files stay and are taken again.
      report_.error = s.message();
      lock.unlock();
      done_(report_);
      return;
    }
    for (const Item* item : stored_items) Move(item->file.path, folder_.done_dir());
    for (const auto& [item, reason] : refused) Move(item->file.path, folder_.failed_dir());
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
