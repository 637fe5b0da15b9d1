#include "daemon/service/daemon.h"

#include <signal.h>

#include <algorithm>
#include <boost/asio/post.hpp>
#include <utility>

#include "daemon/checked_config.h"
#include "daemon/log.h"
#include "daemon/metrics/measured_fetcher.h"
#include "daemon/service/drop_folder_job.h"
#include "daemon/service/handoff_job.h"
#include "daemon/service/web_source_job.h"

namespace corpusd {
namespace {

using std::chrono::duration_cast;
using std::chrono::milliseconds;
using std::chrono::seconds;

// The timer never sleeps longer than this before looking at the clock again
// (the wall clock may jump; a reload may bring a source due sooner).
constexpr milliseconds kMaxSleep{1000};

// "20261202T101500Z": a time for file names.
std::string CompactTimestamp(std::chrono::system_clock::time_point t) {
  std::string s = FormatUtcTimestamp(t);
  std::erase(s, '-');
  std::erase(s, ':');
  return s;
}

bool IsNetwork(SourceType type) { return type != SourceType::kDirectory; }

// "250ms", "1m30s": a wait for the log.
std::string Seconds(std::chrono::system_clock::duration d) {
  return FormatDuration(std::max(milliseconds(0), duration_cast<milliseconds>(d)));
}

// "1 source", "2 sources".
std::string SourcesCount(std::size_t n) {
  return std::to_string(n) + (n == 1 ? " source" : " sources");
}

}  // namespace

Daemon::Daemon(Config config, std::unique_ptr<Corpus> store, const FileSystem& fs,
               const Clock& clock, ServiceNotifier& notifier, const MakeFetcher& make_fetcher)
    : config_(std::move(config)),
      store_(std::move(store)),
      fs_(fs),
      clock_(clock),
      notifier_(notifier),
      pool_(std::max(1u, config_.daemon.concurrency)),
      stop_signals_(loop_, SIGTERM, SIGINT),
      reload_signals_(loop_, SIGHUP),
      timer_(loop_),
      watchdog_timer_(loop_),
      deadline_timer_(loop_),
      commit_timer_(loop_),
      hand_off_timer_(loop_),
      fetcher_(std::make_unique<MeasuredFetcher>(
          make_fetcher([this](std::function<void()> f) { boost::asio::post(loop_, std::move(f)); }),
          metrics_)),
      robots_(std::make_unique<RobotsCache>(*fetcher_, clock_)),
      random_(std::random_device{}()),
      share_(config_.daemon.shard),
      scheduler_([this] { return std::uniform_real_distribution<double>(0, 1)(random_); }),
      max_jobs_(std::max(1u, config_.daemon.max_requests)) {}

Daemon::~Daemon() {
  pool_.stop();
  pool_.join();  // see work_abandoned()
}

int Daemon::Run(bool once) {
  once_ = once;
  if (once_) scheduler_.PollEachOnce();
  SetLogLevel(config_.daemon.log_level);
  if (Status s = Apply(config_); !s.ok()) {
    LogError(config_.file + ": " + s.message());
    return 1;
  }
  if (!config_.daemon.metrics_host.empty()) {
    metrics_server_ = std::make_unique<MetricsServer>(loop_, metrics_, [this] { RefreshGauges(); });
    if (Status s =
            metrics_server_->Listen(config_.daemon.metrics_host, config_.daemon.metrics_port);
        !s.ok()) {
      LogError(config_.file + ": " + s.message());
      return 1;
    }
    LogInfo("metrics at http://" + config_.daemon.metrics_host + ":" +
            std::to_string(metrics_server_->port()) + "/metrics");
  }
  store_->HoldCommits(true);
  hand_offs_ = share_.shard().count > 1;
  if (!hand_offs_) {
    // Items left while there were more nodes are this one's now.
    std::lock_guard lock(store_mutex_);
    Result<std::vector<HandedOffItem>> left = store_->HandOffsNotFor(1, 1);
    hand_offs_ = left.ok() && !left->empty();
  }
  WaitForSignals();
  notifier_.Ready();
  LogInfo("ready: " + SourcesCount(sources_.size()) + ", corpus " + store_->path());
  PublishStatus();
  KeepAlive();
  Arm();
  if (hand_offs_ && !once_) ArmHandOffs();
  if (once_ && !scheduler_.Next()) AllPolledOnce();  // nothing to poll
  loop_.run();
  if (!abandoned_) {
    pool_.stop();
    pool_.join();
  }
  CommitNow();
  LogInfo("stopped: stored " + std::to_string(totals_.stored) + ", duplicates " +
          std::to_string(totals_.duplicates) + ", rejected " + std::to_string(totals_.rejected));
  if (once_ && !once_failures_.empty()) {
    // For cron: a poll that failed is an error, not a retry that never comes.
    std::string list;
    for (const std::string& f : once_failures_) list += (list.empty() ? "" : "; ") + f;
    LogError(std::to_string(once_failures_.size()) + " of " + std::to_string(sources_.size()) +
             " sources failed: " + list);
    if (exit_status_ == 0) exit_status_ = kExitSourcesFailed;
  }
  return exit_status_;
}

Status Daemon::Apply(const Config& config) {
  // Everything is built first, so that a failure changes nothing.
  std::map<std::string, Source> sources;
  std::size_t elsewhere = 0;  // sources on other nodes' sites
  for (const SourceConfig& sc : config.sources) {
    if (!share_.TakesSource(sc)) {
      ++elsewhere;
      continue;
    }
    Source source{sc, ImportSettingsFor(config, sc), nullptr, sc.url, ""};
    if (source.config.interval.count() <= 0)
      source.config.interval = config.daemon.default_interval;
    Result<BoilerplateRules> rules = BoilerplateRules::Create(source.settings.boilerplate);
    if (!rules.ok()) return rules.status().WithContext("source " + sc.name);
    source.rules = std::make_shared<const BoilerplateRules>(std::move(*rules));
    sources.emplace(sc.name, std::move(source));
  }
  const auto now = clock_.Now();
  std::lock_guard lock(store_mutex_);
  for (const std::string& name : scheduler_.Names()) {
    if (!sources.count(name)) {
      scheduler_.Remove(name);
      LogInfo("source " + name + ": removed");
    }
  }
  for (auto& [name, source] : sources) {
    if (scheduler_.Has(name)) {
      scheduler_.Add(name, source.config.interval, now);
      // A running source keeps the address it moved to, unless the config
      // now names another one.
      const auto old = sources_.find(name);
      if (old != sources_.end() && old->second.config.url == source.config.url) {
        source.url = old->second.url;
      }
      continue;
    }
    // A source's schedule survives restarts; a new one is due at once.
    auto due = now;
    int failures = 0;
    if (Result<SourceState> state = store_->LoadSourceState(name); state.ok()) {
      if (auto at = ParseUtcTimestamp(state->next_due_at); at && !once_) {
        due = std::min(*at, now + source.config.interval);
      }
      failures = static_cast<int>(state->failures);
      if (!state->url.empty() && IsNetwork(source.config.type)) source.url = state->url;
      if (!state->parked.empty()) {
        LogWarning("source " + name + " was parked (" + state->parked + "); trying it again");
        due = now;
        failures = 0;
      }
    }
    scheduler_.Add(name, source.config.interval, due, failures);
    LogInfo("source " + name + ": " + std::string(SourceTypeName(source.config.type)) + " " +
            (IsNetwork(source.config.type) ? source.url : source.config.path) + ", every " +
            Seconds(source.config.interval));
  }
  if (share_.shard().count > 1) {
    LogInfo("shard " + ShardName(share_.shard()) + ": " + std::to_string(sources.size()) + " of " +
            std::to_string(config.sources.size()) + " sources here, " + std::to_string(elsewhere) +
            " on the other nodes");
  }
  sources_ = std::move(sources);
  other_sources_.clear();  // made again from the new config when asked for
  return Status::Ok();
}

void Daemon::WaitForSignals() {
  stop_signals_.async_wait([this](const boost::system::error_code& ec, int signal) {
    if (ec) return;
    LogInfo(std::string("stopping on ") + (signal == SIGINT ? "SIGINT" : "SIGTERM"));
    Stop();
  });
  reload_signals_.async_wait([this](const boost::system::error_code& ec, int) {
    if (ec || stopping_) return;
    Reload();
    WaitForSignals();
  });
}

void Daemon::Arm() {
  if (stopping_ || jobs_.size() >= max_jobs_) return;  // JobDone arms again
  std::optional<Scheduler::Due> next = scheduler_.Next();
  if (!next) return;  // no sources: signals only
  auto wait = duration_cast<milliseconds>(next->at - clock_.Now());
  if (wait <= milliseconds(0)) {
    // Due already: run it from the loop rather than through a timer that
    // has expired. (libfaketime, which the wall-clock jump test runs the
    // daemon under, moves such an expired timer's deadline by its offset.)
    timer_.cancel();
    boost::asio::post(loop_, [this] { RunDue(); });
    return;
  }
  timer_.expires_after(std::min(wait, kMaxSleep));
  timer_.async_wait([this](const boost::system::error_code& ec) {
    if (!ec) RunDue();
  });
}

void Daemon::RunDue() {
  if (!CorpusStillThere()) return;
  if (std::optional<milliseconds> jump =
          clock_jumps_.Observe(clock_.Now(), std::chrono::steady_clock::now())) {
    scheduler_.ShiftDueTimes(*jump);
    LogWarning("the wall clock went back by " +
               FormatDuration(std::chrono::round<std::chrono::seconds>(-*jump)) +
               "; due times moved back with it");
  }
  while (!stopping_ && jobs_.size() < max_jobs_) {
    std::optional<Scheduler::Due> next = scheduler_.Next();
    if (!next || next->at > clock_.Now()) break;
    StartJob(next->name);
  }
  Arm();
}

JobContext Daemon::Context() {
  return JobContext{*store_,        fs_,           clock_,
                    loop_,          pool_,         store_mutex_,
                    fetcher_.get(), robots_.get(), config_.daemon.allow_private_links,
                    &share_};
}

std::shared_ptr<SourceJob> Daemon::MakeJob(const std::string& name, const Source& source) {
  const JobContext context = Context();
  auto done = [this, name](const JobReport& report) { JobDone(name, report); };
  if (source.config.type == SourceType::kDirectory) {
    return std::make_shared<DropFolderJob>(context, source.config, source.settings, source.rules,
                                           std::move(done));
  }
  SourceConfig config = source.config;
  config.url = source.url;
  return std::make_shared<WebSourceJob>(context, std::move(config), source.settings, source.rules,
                                        std::move(done));
}

void Daemon::StartJob(const std::string& name) {
  const Source& source = sources_.at(name);
  scheduler_.Started(name);
  ++polls_;
  std::shared_ptr<SourceJob> job;
  {
    std::lock_guard lock(store_mutex_);
    job = MakeJob(name, source);
  }
  jobs_[name] = job;
  PublishStatus();
  job->Start();  // `job` keeps it alive should it finish at once
}

void Daemon::RefreshGauges() {
  std::size_t parked = 0;
  for (const auto& [name, source] : sources_) parked += !source.parked.empty();
  metrics_.Set("corpusd_sources", {}, static_cast<double>(sources_.size()));
  metrics_.Set("corpusd_sources_parked", {}, static_cast<double>(parked));
  metrics_.Set("corpusd_polls_in_progress", {}, static_cast<double>(jobs_.size()));
  metrics_.Set("corpusd_sources_due", {},
               static_cast<double>(stopping_ ? 0 : scheduler_.CountDue(clock_.Now())));
  if (corpus_documents_ < 0) {
    std::lock_guard lock(store_mutex_);
    Result<std::int64_t> n = store_->CountDocuments();
    if (n.ok()) corpus_documents_ = *n;
  }
  if (corpus_documents_ >= 0) {
    metrics_.Set("corpusd_corpus_documents", {}, static_cast<double>(corpus_documents_));
  }
  double bytes = 0;
  for (const std::string& file : {store_->path(), store_->path() + "-wal"}) {
    if (Result<FileInfo> info = fs_.Stat(file); info.ok()) bytes += static_cast<double>(info->size);
  }
  metrics_.Set("corpusd_corpus_bytes", {}, bytes);
}

void Daemon::CountReport(const std::string& name, const JobReport& report) {
  const Metrics::Labels by_source = {{"source", name}};
  metrics_.Add("corpusd_documents_stored_total", by_source, static_cast<double>(report.stored));
  metrics_.Add("corpusd_duplicates_total", by_source, static_cast<double>(report.duplicates));
  metrics_.Add("corpusd_items_handed_off_total", by_source, static_cast<double>(report.handed_off));
  for (const auto& [reason, n] : report.rejected_by_reason) {
    metrics_.Add("corpusd_inputs_rejected_total", {{"source", name}, {"reason", reason}},
                 static_cast<double>(n));
  }
  if (corpus_documents_ >= 0) corpus_documents_ += static_cast<std::int64_t>(report.stored);
  totals_.stored += report.stored;
  totals_.duplicates += report.duplicates;
  totals_.rejected += report.rejected;
  totals_.handed_off += report.handed_off;
}

void Daemon::JobDone(const std::string& name, const JobReport& report) {
  jobs_.erase(name);
  const Metrics::Labels by_source = {{"source", name}};
  CountReport(name, report);
  const auto now = clock_.Now();
  auto it = sources_.find(name);
  const bool network = it != sources_.end() && IsNetwork(it->second.config.type);
  const Scheduler::Decision next =
      scheduler_.Finished(name, now, report, network ? it->second.url : std::string());
  if (it != sources_.end() && !next.moved_to.empty()) {
    LogInfo("source " + name + ": moved permanently to " + next.moved_to);
    it->second.url = next.moved_to;
  }
  if (!next.park.empty()) {
    LogError("source " + name + " parked: " + next.park +
             "; it is tried again after a reload or restart");
    if (it != sources_.end()) it->second.parked = next.park;
  } else if (!report.error.empty() && once_) {
    LogError("source " + name + ": " + report.error);
  } else if (!report.error.empty()) {
    LogError("source " + name + ": " + report.error + "; next try in " + Seconds(next.due - now));
  }
  const bool up = report.error.empty() && next.park.empty();
  metrics_.Set("corpusd_source_up", by_source, up ? 1 : 0);
  metrics_.Add("corpusd_polls_total", {{"source", name}, {"outcome", up ? "ok" : "failed"}});
  if (up) {
    metrics_.Set("corpusd_source_last_success_timestamp_seconds", by_source,
                 std::chrono::duration<double>(now.time_since_epoch()).count());
  }
  if (once_ && (!report.error.empty() || !next.park.empty())) {
    once_failures_.push_back(name + ": " + (report.error.empty() ? next.park : report.error));
  }
  // A file still being written is taken at a later poll; with --once there is
  // none, so say which were left (at debug otherwise: they come every poll).
  if (!report.settling.empty()) {
    std::string list;
    for (const std::string& f : report.settling) list += (list.empty() ? "" : ", ") + f;
    Log(once_ ? LogLevel::kInfo : LogLevel::kDebug,
        "source " + name + ": skipped as maybe still being written: " + list);
  }
  if (report.stored + report.duplicates + report.rejected + report.handed_off > 0) {
    LogInfo("source " + name + ": stored " + std::to_string(report.stored) + ", duplicates " +
            std::to_string(report.duplicates) + ", rejected " + std::to_string(report.rejected) +
            (report.handed_off > 0 ? ", left for other nodes " + std::to_string(report.handed_off)
                                   : std::string()));
  }
  if (it != sources_.end()) {
    SourceState state;
    state.last_run_at = FormatUtcTimestamp(now);
    state.next_due_at = next.park.empty() ? FormatUtcTimestamp(next.due) : "";
    state.last_error = report.error.empty() ? next.park : report.error;
    state.failures = next.failures;
    state.url = it->second.url != it->second.config.url ? it->second.url : "";
    state.parked = next.park;
    std::lock_guard lock(store_mutex_);
    if (Status s = store_->SaveSourceState(name, state); !s.ok()) {
      LogError("source " + name + ": saving its schedule: " + s.message());
    }
  }
  CommitSoon();
  PublishStatus();
  if (once_ && jobs_.empty() && !scheduler_.Next()) {
    LogInfo("every source polled once");
    AllPolledOnce();
  } else if (stopping_) {
    ExitWhenIdle();
  } else {
    boost::asio::post(loop_, [this] { RunDue(); });
  }
}

void Daemon::Reload() {
  notifier_.Reloading();
  LogInfo("reloading " + config_.file);
  Result<Config> fresh = LoadCheckedConfig(config_.file);
  Status s = fresh.ok() ? Status::Ok() : fresh.status();
  if (s.ok()) s = Apply(*fresh);
  if (!s.ok()) {
    LogError("reload refused, the running config stays: " + s.message());
  } else {
    if (fresh->store.database != config_.store.database) {
      LogWarning("a new database takes a restart; still writing " + store_->path());
    }
    if (fresh->daemon.concurrency != config_.daemon.concurrency) {
      LogWarning("a new concurrency takes a restart");
    }
    fresh->daemon.shard = share_.shard();  // read at start (file or --shard): kept
    config_ = std::move(*fresh);
    SetLogLevel(config_.daemon.log_level);
    LogInfo("reloaded: " + SourcesCount(sources_.size()));
  }
  notifier_.Ready();
  PublishStatus();
  timer_.cancel();
  Arm();
}

bool Daemon::CorpusStillThere() {
  Result<bool> there = store_->StillAtPath();
  if (!there.ok() || *there) return true;  // a failed stat is not proof of anything
  // What corpusd stored is in the moved file and in a WAL that no longer
  // sits beside it: saved whole into a new file before stopping.
  const std::string copy = store_->path() + ".rescued-" + CompactTimestamp(clock_.Now());
  Status saved;
  {
    std::lock_guard lock(store_mutex_);
    saved = store_->CopyTo(copy);
  }
  LogError("the corpus file " + store_->path() +
           " was removed or replaced while corpusd was writing it; " +
           (saved.ok() ? "everything stored was saved as " + copy
                       : "saving a copy failed (" + saved.message() + ")") +
           "; stopping, so that a restart opens what is there now");
  exit_status_ = 1;
  Stop();
  return false;
}

void Daemon::Stop() {
  if (stopping_) return;
  stopping_ = true;
  notifier_.Stopping();
  timer_.cancel();
  hand_off_timer_.cancel();
  reload_signals_.cancel();
  // Transfers in flight are not waited for (slow servers would hold the stop
  // for their whole timeout); what has its bytes is finished and stored.
  for (const auto& job : RunningJobs()) job->StopFetching();
  if (RunningJobs().empty()) {
    ExitWhenIdle();
    return;
  }
  deadline_timer_.expires_after(config_.daemon.stop_timeout);
  deadline_timer_.async_wait([this](const boost::system::error_code& ec) {
    if (ec || RunningJobs().empty()) return;
    // Work still in progress is left for the next start: it was not stored,
    // nor remembered as seen.
    abandoned_ = true;
    for (const auto& job : RunningJobs()) job->FinishNow();
  });
}

std::vector<std::shared_ptr<SourceJob>> Daemon::RunningJobs() const {
  std::vector<std::shared_ptr<SourceJob>> running;
  for (const auto& [name, job] : jobs_) running.push_back(job);
  if (hand_off_job_) running.push_back(hand_off_job_);
  return running;
}

void Daemon::AllPolledOnce() {
  if (hand_offs_ && !hand_offs_passed_) {
    hand_offs_passed_ = true;
    StartHandOffs();
    return;
  }
  Stop();
}

void Daemon::ArmHandOffs() {
  hand_off_timer_.expires_after(kHandOffsEvery);
  hand_off_timer_.async_wait([this](const boost::system::error_code& ec) {
    if (!ec) StartHandOffs();
  });
}

const Daemon::Source* Daemon::HandOffSource(const std::string& name) {
  if (auto it = sources_.find(name); it != sources_.end()) {
    return it->second.config.type == SourceType::kFeed ? &it->second : nullptr;
  }
  if (auto it = other_sources_.find(name); it != other_sources_.end()) return &it->second;
  for (const SourceConfig& sc : config_.sources) {
    if (sc.name != name || sc.type != SourceType::kFeed) continue;
    Source source{sc, ImportSettingsFor(config_, sc), nullptr, sc.url, ""};
    Result<BoilerplateRules> rules = BoilerplateRules::Create(source.settings.boilerplate);
    if (!rules.ok()) {
      LogError("source " + name + ": " + rules.status().message());
      return nullptr;
    }
    source.rules = std::make_shared<const BoilerplateRules>(std::move(*rules));
    return &other_sources_.emplace(name, std::move(source)).first->second;
  }
  return nullptr;
}

void Daemon::StartHandOffs() {
  if (stopping_ || hand_off_job_) return;
  const JobContext context = Context();
  auto make = [this, context](
                  const std::string& name,
                  std::function<void(const JobReport&)> done) -> std::shared_ptr<WebSourceJob> {
    const Source* source = HandOffSource(name);
    if (source == nullptr) return nullptr;
    return std::make_shared<WebSourceJob>(
        context, source->config, source->settings, source->rules,
        [this, name, done = std::move(done)](const JobReport& report) {
          CountReport(name, report);
          done(report);
        });
  };
  auto job = std::make_shared<HandOffJob>(context, std::move(make),
                                          [this](const JobReport& r) { HandOffsDone(r); });
  hand_off_job_ = job;
  job->Start();  // `job` keeps it alive should it finish at once
}

void Daemon::HandOffsDone(const JobReport& report) {
  hand_off_job_.reset();
  if (report.stored + report.duplicates + report.rejected > 0) {
    LogInfo("items left by other nodes: stored " + std::to_string(report.stored) + ", duplicates " +
            std::to_string(report.duplicates) + ", rejected " + std::to_string(report.rejected));
  }
  if (!report.error.empty()) LogError(report.error);
  CommitSoon();
  if (stopping_) {
    ExitWhenIdle();
  } else if (report.more && report.error.empty()) {
    boost::asio::post(loop_, [this] { StartHandOffs(); });  // more waiting
  } else if (once_) {
    Stop();
  } else {
    ArmHandOffs();
  }
}

void Daemon::CommitSoon() {
  if (commit_armed_) return;
  commit_armed_ = true;
  commit_timer_.expires_after(kCommitEvery);
  commit_timer_.async_wait([this](const boost::system::error_code&) {
    commit_armed_ = false;
    CommitNow();
  });
}

void Daemon::CommitNow() {
  std::lock_guard lock(store_mutex_);
  if (Status s = store_->CommitHeld(); !s.ok()) {
    // Items, files and schedules were undone with the documents: the next
    // poll takes them again.
    LogError(s.message());
  }
}

void Daemon::ExitWhenIdle() {
  if (!RunningJobs().empty()) return;
  CommitNow();
  commit_timer_.cancel();
  hand_off_timer_.cancel();
  deadline_timer_.cancel();
  watchdog_timer_.cancel();
  stop_signals_.cancel();
  if (metrics_server_) metrics_server_->Close();
  loop_.stop();
}

void Daemon::KeepAlive() {
  const auto interval = notifier_.WatchdogInterval();
  if (interval.count() == 0 || stopping_) return;
  // Sent from the event loop: a stuck loop stops it, and systemd restarts us.
  notifier_.Watchdog();
  watchdog_timer_.expires_after(interval / 2);
  watchdog_timer_.async_wait([this](const boost::system::error_code& ec) {
    if (!ec) KeepAlive();
  });
}

void Daemon::PublishStatus() {
  std::string status = SourcesCount(sources_.size()) + ", " + std::to_string(polls_) +
                       " polls; stored " + std::to_string(totals_.stored) + ", duplicates " +
                       std::to_string(totals_.duplicates) + ", rejected " +
                       std::to_string(totals_.rejected);
  if (stopping_) {
    status += "; stopping";
  } else if (!jobs_.empty()) {
    status += "; polling " + jobs_.begin()->first;
    if (jobs_.size() > 1) status += " and " + std::to_string(jobs_.size() - 1) + " more";
  }
  if (status == last_status_) return;
  last_status_ = status;
  notifier_.Status(status);
}

}  // namespace corpusd
