// One poll of one source, asynchronous, as the daemon runs it: a drop folder
// (daemon/service/drop_folder_job.h) or a feed, page or sitemap
// (daemon/service/web_source_job.h). A job is started on the event loop's thread and
// reports there, once.
#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/thread_pool.hpp>
#include <chrono>
#include <cstddef>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "config/daemon_config.h"
#include "core/clock.h"
#include "core/file_system.h"
#include "daemon/service/scheduler.h"
#include "daemon/service/site_share.h"
#include "parsers/document_pipeline.h"
#include "parsers/text/boilerplate_rules.h"
#include "store/corpus.h"

namespace corpusd {

class HttpFetcher;
class RobotsCache;

// A poll's report: what the scheduler acts on (scheduler.h), and counts.
struct JobReport : PollResult {
  std::size_t stored = 0;
  std::size_t duplicates = 0;
  std::size_t rejected = 0;
  std::size_t handed_off = 0;  // feed items left for the fleet's node that owns their site
  // Rejections by reason class (core/status.h's code: "invalid_input",
  // "unsupported", "too_large", ...), for the metrics.
  std::map<std::string, std::size_t> rejected_by_reason;
  std::vector<std::string> settling;  // drop folders: files passed over as still being written

  void Reject(const Status& why) {
    ++rejected;
    ++rejected_by_reason[ReasonClass(why)];
  }
  static std::string ReasonClass(const Status& why) {
    switch (why.code()) {
      case Status::Code::kOk:
        return "ok";
      case Status::Code::kInvalidInput:
        return "invalid_input";
      case Status::Code::kUnsupported:
        return "unsupported";
      case Status::Code::kTooLarge:
        return "too_large";
      case Status::Code::kNotFound:
        return "not_found";
      case Status::Code::kIoError:
        return "io_error";
      case Status::Code::kCorruption:
        return "corruption";
      case Status::Code::kInternal:
        return "internal";
    }
    return "other";
  }
};

// What a job works with; all of it outlives the job.
struct JobContext {
  Corpus& store;
  const FileSystem& fs;
  const Clock& clock;
  boost::asio::io_context& loop;
  boost::asio::thread_pool& pool;
  // Held by whoever uses the store: the event loop's thread, and workers
  // asking for learned boilerplate.
  std::mutex& store_mutex;
  HttpFetcher* fetcher = nullptr;  // network sources
  RobotsCache* robots = nullptr;   // network sources
  bool allow_private_links = false;
  const SiteShare* share = nullptr;  // in a fleet: the sites this node takes; null: all
};

class SourceJob {
 public:
  virtual ~SourceJob() = default;
  // Begins the poll; the report comes through the callback given at
  // construction, on the event loop's thread, once (maybe before Start returns).
  virtual void Start() = 0;
  // Stop deadline: what is finished is stored, the rest is left for the
  // next start, unseen; the report comes at once.
  virtual void FinishNow() = 0;
  // The daemon is stopping: transfers in flight are abandoned (fetched again
  // at the next start, as nothing of them was stored or remembered); what
  // already has its bytes is finished and stored, then the report comes.
  // Jobs that read local files only have nothing to abandon.
  virtual void StopFetching() {}
};

}  // namespace corpusd
