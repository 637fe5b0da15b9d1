// The long-running process behind `corpusd run`. One Boost.Asio io_context
// on one thread drives everything: the schedule, signals, the watchdog and
// status, and every write to the corpus (committed together about once a
// second); parsing and normalization run on a
// small worker pool, and HTTP on the fetcher's own thread, both posting their
// results back. Each poll of a source is a job (daemon/service/source_job.h); up to
// `max_requests` sources are polled at once, a source never twice at once.
//
// In a fleet (`shard = "K/N"`), a pass over the feed items other nodes left
// for this one runs every kHandOffsEvery (daemon/service/handoff_job.h); with
// `once`, one pass after the sources.
//
// Signals: SIGTERM and SIGINT stop scheduling, give running work until the
// stop deadline, commit and return 0. SIGHUP reloads the config file: a
// valid one is applied (sources added, removed, changed) without a restart;
// an invalid one is logged and the running config stays.
#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <vector>

#include "config/daemon_config.h"
#include "core/clock.h"
#include "core/file_system.h"
#include "daemon/fetch/http_fetcher.h"
#include "daemon/fetch/robots_cache.h"
#include "daemon/metrics/metrics.h"
#include "daemon/metrics/metrics_server.h"
#include "daemon/service/clock_jumps.h"
#include "daemon/service/scheduler.h"
#include "daemon/service/service_notifier.h"
#include "daemon/service/site_share.h"
#include "daemon/service/source_job.h"
#include "parsers/text/boilerplate_rules.h"
#include "store/corpus.h"

namespace corpusd {

// Makes the daemon's HTTP fetcher; `post` runs a function on the daemon's
// event loop, where the fetcher must deliver its results.
using MakeFetcher =
    std::function<std::unique_ptr<HttpFetcher>(std::function<void(std::function<void()>)> post)>;

class Daemon {
 public:
  // Everything injected outlives the daemon. `make_fetcher` is called once,
  // here: the real one (CurlFetcher) in `corpusd run`, a fake in tests.
  Daemon(Config config, std::unique_ptr<Corpus> store, const FileSystem& fs, const Clock& clock,
         ServiceNotifier& notifier, const MakeFetcher& make_fetcher);
  Daemon(const Daemon&) = delete;
  Daemon& operator=(const Daemon&) = delete;
  ~Daemon();

  // Runs until stopped by a signal; the process's exit status. `once`: polls
  // every source once (a folder or feed with more waiting, until it is
  // worked off), then returns; for cron jobs and benchmarks.
  // With `once`, the exit status is kExitSourcesFailed when any source's
  // poll failed (the failures are logged by name).
  int Run(bool once = false);
  static constexpr int kExitSourcesFailed = 3;
  // True when the stop deadline passed with workers still busy: everything
  // finished is committed, and the process should end without waiting for
  // them (std::_Exit) rather than destroy the daemon.
  bool work_abandoned() const { return abandoned_; }

 private:
  struct Source {
    SourceConfig config;
    ImportSettings settings;
    std::shared_ptr<const BoilerplateRules> rules;
    std::string url;     // network sources: the address now (after permanent redirects)
    std::string parked;  // why it is not polled; cleared by a reload or restart
  };

  Status Apply(const Config& config);  // sources and settings from a config
  void Arm();                          // the timer, for the next due source
  void RunDue();
  // False (and stopping, exit status 1) once the corpus file is no longer at
  // its path: removed, or replaced by another file.
  bool CorpusStillThere();
  void StartJob(const std::string& name);
  JobContext Context();  // what every job works with
  std::shared_ptr<SourceJob> MakeJob(const std::string& name, const Source& source);
  // The polls and the hand-offs pass running now.
  std::vector<std::shared_ptr<SourceJob>> RunningJobs() const;
  void JobDone(const std::string& name, const JobReport& report);
  // A source's stored, duplicate and rejected counts, into the metrics and totals.
  void CountReport(const std::string& name, const JobReport& report);

  // --- a fleet's hand-offs ---
  void ArmHandOffs();
  void StartHandOffs();
  void HandOffsDone(const JobReport& report);
  // The source that listed a left item, as configured; null when it is none.
  const Source* HandOffSource(const std::string& name);
  // With `once`: every source polled; the hand-offs pass, then stop.
  void AllPolledOnce();
  void Reload();
  void Stop();
  void ExitWhenIdle();
  void KeepAlive();
  void PublishStatus();
  void WaitForSignals();

  Config config_;
  std::unique_ptr<Corpus> store_;
  const FileSystem& fs_;
  const Clock& clock_;
  ServiceNotifier& notifier_;

  boost::asio::io_context loop_;
  boost::asio::thread_pool pool_;
  boost::asio::signal_set stop_signals_;
  boost::asio::signal_set reload_signals_;
  boost::asio::steady_timer timer_;
  boost::asio::steady_timer watchdog_timer_;
  boost::asio::steady_timer deadline_timer_;
  // Writes are held and committed together, at most this long after the
  // first (store/corpus_store.h HoldCommits): what readers wait for a new
  // document, and what a crash makes the next poll do again.
  static constexpr std::chrono::milliseconds kCommitEvery{1000};
  boost::asio::steady_timer commit_timer_;
  bool commit_armed_ = false;
  void CommitSoon();  // arms the commit timer, once
  void CommitNow();
  // A fleet's hand-offs: a pass every kHandOffsEvery.
  static constexpr std::chrono::milliseconds kHandOffsEvery{2000};
  boost::asio::steady_timer hand_off_timer_;
  bool hand_offs_ = false;         // in a fleet, or items were left before it shrank to one node
  bool hand_offs_passed_ = false;  // with `once`: the one pass is done
  std::shared_ptr<SourceJob> hand_off_job_;
  std::map<std::string, Source> other_sources_;  // the config's sources not polled here
  std::mutex store_mutex_;
  Metrics metrics_;                       // before the fetcher, which counts into it
  std::unique_ptr<HttpFetcher> fetcher_;  // before the loop is destroyed: it posts there
  std::unique_ptr<RobotsCache> robots_;

  std::mt19937_64 random_;
  SiteShare share_;  // fixed at start: a reload keeps it
  Scheduler scheduler_;
  std::map<std::string, Source> sources_;
  std::map<std::string, std::shared_ptr<SourceJob>> jobs_;  // the running polls
  std::size_t max_jobs_ = 1;
  bool stopping_ = false;
  bool once_ = false;
  std::vector<std::string> once_failures_;  // with --once: "name: reason" of each failed poll
  bool abandoned_ = false;
  int exit_status_ = 0;
  ClockJumps clock_jumps_;

  std::unique_ptr<MetricsServer> metrics_server_;  // with `metrics = "host:port"`
  std::int64_t corpus_documents_ = -1;             // counted once, then kept up to date
  void RefreshGauges();

  JobReport totals_;
  std::size_t polls_ = 0;
  std::string last_status_;
};

}  // namespace corpusd
