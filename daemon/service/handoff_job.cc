#include "daemon/service/handoff_job.h"

#include <map>
#include <utility>

#include "daemon/log.h"

namespace corpusd {

HandOffJob::HandOffJob(JobContext context, MakeSourceJob make,
                       std::function<void(const JobReport&)> done)
    : context_(context), make_(std::move(make)), done_(std::move(done)) {}

Result<std::vector<std::vector<HandedOffItem>>> HandOffJob::TakeDue() {
  Corpus& store = context_.store;
  const Shard shard = context_.share != nullptr ? context_.share->shard() : Shard{};
  const int nodes = static_cast<int>(shard.count);
  // The fleet grew or shrank since these were left: to their owner now.
  Result<std::vector<HandedOffItem>> moved = store.HandOffsNotFor(nodes, kMaxItemsPerPass);
  if (!moved.ok()) return moved.status();
  for (const HandedOffItem& h : *moved) {
    const int owner = static_cast<int>(SiteShare::OwnerOf(h.site, shard.count));
    if (Status s = store.ReassignHandOff(h.item.url, owner, nodes); !s.ok()) return s;
  }
  if (!moved->empty()) {
    LogInfo("hand-offs: " + std::to_string(moved->size()) + " items left for a fleet of " +
            std::to_string(moved->front().shards) + " given to their owners among " +
            std::to_string(nodes));
  }
  const std::string now = FormatUtcTimestamp(context_.clock.Now());
  Result<std::vector<HandedOffItem>> due =
      store.HandOffsFor(static_cast<int>(shard.index), nodes, now, kMaxItemsPerPass);
  if (!due.ok()) return due.status();
  report_.more = due->size() >= static_cast<std::size_t>(kMaxItemsPerPass);
  std::map<std::string, std::vector<HandedOffItem>> by_source;
  for (HandedOffItem& h : *due) by_source[h.item.source].push_back(std::move(h));
  std::vector<std::vector<HandedOffItem>> out;
  for (auto& [source, items] : by_source) out.push_back(std::move(items));
  return out;
}

void HandOffJob::Start() {
  std::vector<std::vector<HandedOffItem>> groups;
  {
    std::lock_guard lock(context_.store_mutex);
    Result<std::vector<std::vector<HandedOffItem>>> due = TakeDue();
    if (!due.ok()) {
      report_.error = "hand-offs: " + due.status().message();
      Finish();
      return;
    }
    groups = std::move(*due);
    const std::string now = FormatUtcTimestamp(context_.clock.Now());
    for (const std::vector<HandedOffItem>& items : groups) {
      const std::string& source = items.front().item.source;
      auto self = shared_from_this();
      std::shared_ptr<WebSourceJob> job =
          make_(source, [self](const JobReport& r) { self->ChildDone(r); });
      if (job) {
        job->TakeHandOffs(items);
        children_.push_back(std::move(job));
        continue;
      }
      // Its source left the config: nothing says how to clean it.
      for (const HandedOffItem& h : items) {
        Status s = context_.store.RecordRejectedItem(h.item, "source no longer configured", now);
        if (s.ok()) s = context_.store.DropHandOff(h.item.url);
        if (!s.ok()) LogError("hand-offs: " + h.item.url + ": " + s.message());
        LogWarning("source " + source + ": " + h.item.url +
                   ": left by another node, but the source is no longer configured");
        report_.Reject(Status::NotFound("source no longer configured"));
      }
    }
  }
  running_ = children_.size();
  if (running_ == 0) {
    Finish();
    return;
  }
  // A copy: a child may finish at once, and this job with it.
  std::vector<std::shared_ptr<WebSourceJob>> children = children_;
  for (const auto& child : children) child->Start();
}

void HandOffJob::ChildDone(const JobReport& report) {
  report_.stored += report.stored;
  report_.duplicates += report.duplicates;
  report_.rejected += report.rejected;
  for (const auto& [reason, n] : report.rejected_by_reason) report_.rejected_by_reason[reason] += n;
  if (!report.error.empty() && report_.error.empty()) report_.error = report.error;
  if (--running_ == 0) Finish();
}

void HandOffJob::FinishNow() {
  std::vector<std::shared_ptr<WebSourceJob>> children = children_;
  for (const auto& child : children) child->FinishNow();
  if (running_ == 0) Finish();
}

void HandOffJob::StopFetching() {
  std::vector<std::shared_ptr<WebSourceJob>> children = children_;
  for (const auto& child : children) child->StopFetching();
  if (running_ == 0) Finish();
}

void HandOffJob::Finish() {
  if (finished_) return;
  finished_ = true;
  children_.clear();
  done_(report_);
}

}  // namespace corpusd
