// The table of subcommands, as ninja keeps its tools in one array: each
// entry names a command and declares it (flags and all) on the command line
// parser; after parsing, the chosen one runs. A new subcommand is one file
// pair under daemon/commands/ and one line in kCommands (command_table.cc).
#pragma once

#include <memory>
#include <span>

namespace CLI {
class App;
}

namespace corpusd {

// A subcommand declared on the parser, holding the arguments it fills.
class DeclaredCommand {
 public:
  virtual ~DeclaredCommand() = default;
  virtual bool chosen() const = 0;  // named on the command line
  virtual int Run() = 0;            // the process's exit status
};

struct CommandEntry {
  const char* name;
  std::unique_ptr<DeclaredCommand> (*declare)(CLI::App& app);
};

// Every subcommand, in the order `--help` lists them.
std::span<const CommandEntry> Commands();

// Parses the command line and runs the chosen subcommand: its exit status,
// or 2 for a command line that does not parse (0 for --help, --version).
int RunCommandLine(int argc, char** argv);

}  // namespace corpusd
