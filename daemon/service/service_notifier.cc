#include "daemon/service/service_notifier.h"

#include <systemd/sd-daemon.h>

#include <cstdint>

namespace corpusd {

void SystemdNotifier::Ready() { sd_notify(0, "READY=1"); }

void SystemdNotifier::Status(const std::string& status) {
  sd_notify(0, ("STATUS=" + status).c_str());
}

void SystemdNotifier::Watchdog() { sd_notify(0, "WATCHDOG=1"); }

void SystemdNotifier::Reloading() { sd_notify(0, "RELOADING=1"); }

void SystemdNotifier::Stopping() { sd_notify(0, "STOPPING=1"); }

std::chrono::microseconds SystemdNotifier::WatchdogInterval() const {
  std::uint64_t usec = 0;
  if (sd_watchdog_enabled(0, &usec) <= 0) return std::chrono::microseconds(0);
  return std::chrono::microseconds(usec);
}

}  // namespace corpusd
