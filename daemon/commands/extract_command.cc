#include "daemon/commands/extract_command.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/file_system.h"
#include "daemon/commands/record_json.h"
#include "daemon/commands/settings_flags.h"
#include "daemon/fetch/fetch_once.h"
#include "daemon/ingest/document_builder.h"
#include "daemon/ingest/importer.h"
#include "daemon/ingest/ingest_input.h"
#include "daemon/ingest/source_pipeline.h"
#include "parsers/web/url.h"

namespace corpusd {

CLI::App* AddExtractCommand(CLI::App& app, ExtractArgs& args) {
  CLI::App* cmd = app.add_subcommand(
      "extract",
      "Print the record that import would store for each input, without storing it: files, "
      "directories (recursively), URLs or - for standard input");
  cmd->add_option("--format", args.format,
                  "json: the whole record; jsonl: one line per input, an {input, error} line "
                  "for one that fails (the batch format); text: only the clean text")
      ->check(CLI::IsMember({"json", "jsonl", "text"}))
      ->capture_default_str();
  cmd->add_option("--url", args.url,
                  "The document's URL, recorded instead of its file:// URI (one input only)");
  cmd->add_option("--content-type", args.content_type,
                  "The declared Content-Type, e.g. \"text/html; charset=windows-1251\"");
  AddImportSettingsFlags(*cmd, args.import);
  cmd->add_option("paths", args.paths, "Files, directories, URLs, or - for standard input")
      ->required();
  return cmd;
}

namespace {

// One input of a batch: where its bytes come from.
struct ExtractInput {
  enum class Kind { kFile, kStdin, kUrl, kRefused } kind = Kind::kFile;
  std::string name;    // the path or URL, as given or found
  std::string reason;  // kRefused: why (a missing path, an empty directory)
};

std::vector<ExtractInput> ListInputs(const std::vector<std::string>& paths, const FileSystem& fs) {
  std::vector<ExtractInput> out;
  for (const std::string& path : paths) {
    if (path == "-") {
      out.push_back({ExtractInput::Kind::kStdin, "standard input", ""});
    } else if (IsHttpUrl(path)) {
      out.push_back({ExtractInput::Kind::kUrl, path, ""});
    } else {
      ExpandedPaths expanded = ExpandPaths({path}, fs);
      for (const Rejection& r : expanded.rejected) {
        out.push_back({ExtractInput::Kind::kRefused, r.input, r.reason});
      }
      for (std::string& file : expanded.files) {
        out.push_back({ExtractInput::Kind::kFile, std::move(file), ""});
      }
    }
  }
  return out;
}

// The pipeline's input for one of them, or why there is none.
Result<IngestInput> ReadInput(const ExtractInput& in, const ExtractArgs& args,
                              const FileSystem& fs) {
  IngestInput input;
  switch (in.kind) {
    case ExtractInput::Kind::kRefused:
      return Status::InvalidInput(in.reason);
    case ExtractInput::Kind::kStdin: {
      Result<std::string> bytes = ReadAll(STDIN_FILENO, args.import.max_document_bytes);
      if (!bytes.ok()) return bytes.status();
      input.raw.bytes = std::move(*bytes);
      input.raw.name = in.name;
      input.raw.content_type = args.content_type;
      break;
    }
    case ExtractInput::Kind::kUrl: {
      FetchSettings settings;
      settings.max_body_bytes = args.import.max_document_bytes;
      Result<HttpResponse> response = FetchOnce(in.name, settings);
      if (!response.ok()) return response.status();
      if (response->status != 200) {
        return Status::InvalidInput("HTTP " + std::to_string(response->status));
      }
      input = HttpBodyInput(std::move(response->body), response->url,
                            args.content_type.empty() ? response->content_type : args.content_type);
      input.raw.name = in.name;
      break;
    }
    case ExtractInput::Kind::kFile: {
      Result<std::string> bytes = fs.ReadFile(in.name, args.import.max_document_bytes);
      if (!bytes.ok()) return bytes.status();
      input = FileInput(std::move(*bytes), in.name, fs.Absolute(in.name));
      input.raw.content_type = args.content_type;
      break;
    }
  }
  if (!args.url.empty()) input.raw.url = args.url;
  input.raw.source = args.import.source;
  return input;
}

}  // namespace

int RunExtract(const ExtractArgs& args) {
  RealFileSystem fs;
  Result<BoilerplateRules> rules = BoilerplateRules::Create(args.import.boilerplate);
  if (!rules.ok()) {
    std::fprintf(stderr, "corpusd: %s\n", rules.status().message().c_str());
    return 2;
  }
  const std::vector<ExtractInput> inputs = ListInputs(args.paths, fs);
  if (!args.url.empty() && inputs.size() > 1) {
    std::fprintf(stderr, "corpusd: --url names one document; %zu inputs were given\n",
                 inputs.size());
    return 2;
  }
  const auto now = SystemClock().Now();
  PipelineOptions options = SourcePipelineOptions(args.import, *rules, /*memory=*/nullptr);
  options.not_after = LatestPlausibleDay(now);
  const bool jsonl = args.format == "jsonl";
  int status = 0;
  // One record, or why there is none.
  const auto print = [&](const std::string& name, Result<BuiltDocument> built) {
    std::string out;
    if (!built.ok()) {
      status = 1;
      // A failing input is reported and the batch goes on.
      if (!jsonl) {
        std::fprintf(stderr, "corpusd: %s: %s\n", name.c_str(), built.status().message().c_str());
        return true;
      }
      out = ErrorToJsonLine(name, built.status().message());
    } else {
      Record& record = built->record;
      record.fetched_at = FormatUtcTimestamp(now);
      if (jsonl) {
        out = RecordToJson(record, std::nullopt, /*indent=*/-1, name);
      } else if (args.format == "text") {
        out = record.text;
      } else {
        out = RecordToJson(record, std::nullopt);
      }
    }
    out.push_back('\n');
    return std::fwrite(out.data(), 1, out.size(), stdout) == out.size();
  };
  for (const ExtractInput& in : inputs) {
    Result<IngestInput> input = ReadInput(in, args, fs);
    // A saved feed holds one record per item, as import stores it.
    Result<std::vector<IngestInput>> parts =
        input.ok() ? SplitInput(std::move(*input), options.dates) : input.status();
    if (!parts.ok()) {
      if (!print(in.name, parts.status())) return 2;
      continue;
    }
    const bool one = parts->size() == 1;
    for (const IngestInput& part : *parts) {
      if (!print(one ? in.name : part.raw.name, BuildIngested(part, options))) return 2;
    }
  }
  return std::fflush(stdout) == 0 ? status : 2;
}

}  // namespace corpusd
