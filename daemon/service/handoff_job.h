// One pass over the feed items that other nodes of a fleet left for this one
// (Corpus::HandOffItem, docs/fleet.md). Items left while the fleet had
// another number of nodes are first given to their site's owner under the
// number now. Then this node's due items, grouped by the feed source that
// listed them, are fetched and stored by one WebSourceJob per source, with
// that source's settings (WebSourceJob::TakeHandOffs). The report sums
// theirs; `more` when a pass took as many items as it may.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "daemon/service/source_job.h"
#include "daemon/service/web_source_job.h"

namespace corpusd {

class HandOffJob final : public SourceJob, public std::enable_shared_from_this<HandOffJob> {
 public:
  static constexpr int kMaxItemsPerPass = 200;

  // The job that fetches a source's items and reports through `done`; null
  // when the config has no such feed source (any more): its items are
  // refused.
  using MakeSourceJob = std::function<std::shared_ptr<WebSourceJob>(
      const std::string& source, std::function<void(const JobReport&)> done)>;

  // `context.share` is this node's share.
  HandOffJob(JobContext context, MakeSourceJob make, std::function<void(const JobReport&)> done);

  void Start() override;
  void FinishNow() override;
  void StopFetching() override;

 private:
  // Under the store's lock: the items to fetch now, by source.
  Result<std::vector<std::vector<HandedOffItem>>> TakeDue();
  void ChildDone(const JobReport& report);
  void Finish();

  JobContext context_;
  MakeSourceJob make_;
  std::function<void(const JobReport&)> done_;
  std::vector<std::shared_ptr<WebSourceJob>> children_;
  std::size_t running_ = 0;
  bool finished_ = false;
  JobReport report_;
};

}  // namespace corpusd
