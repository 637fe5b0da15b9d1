// corpusd: one executable, one subcommand per job (daemon/commands/).
#include <csignal>

#include "daemon/commands/command_table.h"

int main(int argc, char** argv) {
  // A write past the file size limit (RLIMIT_FSIZE) fails with EFBIG, which
  // the store reports as it reports a full disk, instead of killing corpusd.
  std::signal(SIGXFSZ, SIG_IGN);
  return corpusd::RunCommandLine(argc, argv);
}
