#include "daemon/daemon.h"

#include <signal.h>

#include <algorithm>
#include <boost/asio/post.hpp>
#include <utility>

#include "daemon/checked_config.h"
#include "daemon/log.h"

namespace corpusd {
namespace {

using std::chrono::duration_cast;
using std::chrono::milliseconds;
using std::chrono::seconds;

// The timer never sleeps longer than this before looking at the clock again
// (the wall clock may jump; a reload may bring a source due sooner).
constexpr milliseconds kMaxSleep{1000};

// "250ms", "30s".
std::string Seconds(std::chrono::system_clock::duration d) {
  const long long ms = std::max<long long>(0, duration_cast<milliseconds>(d).count());
  return ms < 10'000 && ms % 1000 != 0 ? std::to_string(ms) + "ms" : std::to_string(ms / 1000) + "s";
}

}  // namespace

Daemon::Daemon(Config config, std::unique_ptr<CorpusStore> store, const FileSystem& fs,
               const Clock& clock, ServiceNotifier& notifier)
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
      random_(std::random_device{}()),
      scheduler_([this] { return std::uniform_real_distribution<double>(0, 1)(random_); }) {}

Daemon::~Daemon() {
  pool_.stop();
  pool_.join();  // see work_abandoned()
}

int Daemon::Run() {
  SetLogLevel(config_.daemon.log_level);
  if (Status s = Apply(config_); !s.ok()) {
    LogError(config_.file + ": " + s.message());
    return 1;
  }
  WaitForSignals();
  notifier_.Ready();
  LogInfo("ready: " + std::to_string(sources_.size()) + " sources, corpus " + store_->path());
  PublishStatus();
  KeepAlive();
  Arm();
  loop_.run();
  if (!abandoned_) {
    pool_.stop();
    pool_.join();
  }
  LogInfo("stopped: stored " + std::to_string(totals_.stored) + ", duplicates " +
          std::to_string(totals_.duplicates) + ", rejected " + std::to_string(totals_.rejected));
  return 0;
}

Status Daemon::Apply(const Config& config) {
  // Everything is built first, so that a failure changes nothing.
  std::map<std::string, Source> sources;
  for (const SourceConfig& sc : config.sources) {
    if (sc.type != SourceType::kDirectory) {
      LogWarning("source " + sc.name + ": type " + std::string(SourceTypeName(sc.type)) +
                 " is not supported yet; skipped");
      continue;
    }
    Source source{sc, ImportSettingsFor(config, sc), nullptr};
    if (source.config.interval.count() <= 0) source.config.interval = config.daemon.default_interval;
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
  for (const auto& [name, source] : sources) {
    if (scheduler_.Has(name)) {
      scheduler_.Add(name, source.config.interval, now);
      continue;
    }
    // A source's schedule survives restarts; a new one is due at once.
    auto due = now;
    int failures = 0;
    if (Result<SourceState> state = store_->LoadSourceState(name); state.ok()) {
      if (auto at = ParseUtcTimestamp(state->next_due_at)) due = std::min(*at, now + source.config.interval);
      failures = static_cast<int>(state->failures);
    }
    scheduler_.Add(name, source.config.interval, due, failures);
    LogInfo("source " + name + ": " + std::string(SourceTypeName(source.config.type)) + " " +
            source.config.path + ", every " + Seconds(source.config.interval));
  }
  sources_ = std::move(sources);
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
  if (stopping_ || job_) return;
  std::optional<Scheduler::Due> next = scheduler_.Next();
  if (!next) return;  // no sources: signals only
  auto wait = duration_cast<milliseconds>(next->at - clock_.Now());
  wait = std::clamp(wait, milliseconds(0), kMaxSleep);
  timer_.expires_after(wait);
  timer_.async_wait([this](const boost::system::error_code& ec) {
    if (!ec) RunDue();
  });
}

void Daemon::RunDue() {
  if (stopping_ || job_) return;
  std::optional<Scheduler::Due> next = scheduler_.Next();
  if (next && next->at <= clock_.Now()) {
    StartJob(next->name);
  } else {
    Arm();
  }
}

void Daemon::StartJob(const std::string& name) {
  const Source& source = sources_.at(name);
  scheduler_.Started(name);
  ++polls_;
  job_source_ = name;
  std::shared_ptr<DropFolderJob> job;
  {
    std::lock_guard lock(store_mutex_);
    job = std::make_shared<DropFolderJob>(
        JobContext{*store_, fs_, clock_, loop_, pool_, store_mutex_}, source.config,
        source.settings, source.rules,
        [this, name](const JobReport& report) { JobDone(name, report); });
  }
  job_ = job;
  PublishStatus();
  job->Start();  // `job` keeps it alive should it finish at once
}

void Daemon::JobDone(const std::string& name, const JobReport& report) {
  job_.reset();
  job_source_.clear();
  totals_.stored += report.stored;
  totals_.duplicates += report.duplicates;
  totals_.rejected += report.rejected;
  const auto now = clock_.Now();
  const bool ok = report.error.empty();
  auto due = scheduler_.Finished(name, now, ok);
  const std::size_t handled = report.stored + report.duplicates + report.rejected;
  if (ok && handled >= DropFolderJob::kMaxFilesPerPoll) {
    due = now;  // more may be waiting: poll again at once
    scheduler_.MakeDue(name, due);
  }
  if (!ok) {
    LogError("source " + name + ": " + report.error + "; next try in " + Seconds(due - now));
  } else if (handled > 0) {
    LogInfo("source " + name + ": stored " + std::to_string(report.stored) + ", duplicates " +
            std::to_string(report.duplicates) + ", rejected " + std::to_string(report.rejected));
  }
  if (scheduler_.Has(name)) {
    SourceState state;
    state.last_run_at = FormatUtcTimestamp(now);
    state.next_due_at = FormatUtcTimestamp(due);
    state.last_error = report.error;
    state.failures = scheduler_.Failures(name);
    std::lock_guard lock(store_mutex_);
    if (Status s = store_->SaveSourceState(name, state); !s.ok()) {
      LogError("source " + name + ": saving its schedule: " + s.message());
    }
  }
  PublishStatus();
  if (stopping_) {
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
    config_ = std::move(*fresh);
    SetLogLevel(config_.daemon.log_level);
    LogInfo("reloaded: " + std::to_string(sources_.size()) + " sources");
  }
  notifier_.Ready();
  PublishStatus();
  timer_.cancel();
  Arm();
}

void Daemon::Stop() {
  if (stopping_) return;
  stopping_ = true;
  notifier_.Stopping();
  timer_.cancel();
  reload_signals_.cancel();
  if (!job_) {
    ExitWhenIdle();
    return;
  }
  deadline_timer_.expires_after(config_.daemon.stop_timeout);
  deadline_timer_.async_wait([this](const boost::system::error_code& ec) {
    if (ec || !job_) return;
    // Files still being read are left for the next start: they were not
    // stored, nor remembered as seen.
    abandoned_ = true;
    std::shared_ptr<DropFolderJob> job = job_;  // alive while it finishes
    job->FinishNow();
  });
}

void Daemon::ExitWhenIdle() {
  if (job_) return;
  deadline_timer_.cancel();
  watchdog_timer_.cancel();
  stop_signals_.cancel();
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
  std::string status = std::to_string(sources_.size()) + " sources, " + std::to_string(polls_) +
                       " polls; stored " + std::to_string(totals_.stored) + ", duplicates " +
                       std::to_string(totals_.duplicates) + ", rejected " +
                       std::to_string(totals_.rejected);
  if (stopping_) {
    status += "; stopping";
  } else if (job_) {
    status += "; polling " + job_source_;
  }
  if (status == last_status_) return;
  last_status_ = status;
  notifier_.Status(status);
}

}  // namespace corpusd
