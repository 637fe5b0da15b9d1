// Telling systemd how the service is doing (sd_notify): readiness, a status
// line, watchdog keep-alives, reloads and the stop. The one file pair that
// includes libsystemd. Outside systemd (no NOTIFY_SOCKET) every call does
// nothing. Injected, so the daemon can be tested with a recording fake.
#pragma once

#include <chrono>
#include <string>

namespace corpusd {

class ServiceNotifier {
 public:
  virtual ~ServiceNotifier() = default;
  virtual void Ready() = 0;                            // READY=1
  virtual void Status(const std::string& status) = 0;  // STATUS=...
  virtual void Watchdog() = 0;                         // WATCHDOG=1
  virtual void Reloading() = 0;                        // RELOADING=1
  virtual void Stopping() = 0;                         // STOPPING=1
  // How often the watchdog expects a keep-alive; zero when it is off.
  virtual std::chrono::microseconds WatchdogInterval() const = 0;
};

class SystemdNotifier final : public ServiceNotifier {
 public:
  void Ready() override;
  void Status(const std::string& status) override;
  void Watchdog() override;
  void Reloading() override;
  void Stopping() override;
  std::chrono::microseconds WatchdogInterval() const override;
};

}  // namespace corpusd
