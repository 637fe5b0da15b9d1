#include "daemon/commands/feed_command.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "core/clock.h"
#include "core/file_system.h"
#include "daemon/commands/settings_flags.h"
#include "daemon/fetch/fetch_once.h"
#include "daemon/ingest/document_builder.h"
#include "daemon/ingest/source_pipeline.h"
#include "parsers/encodings/content_sniffer.h"
#include "parsers/feeds/feed_discovery.h"
#include "parsers/feeds/feed_parser.h"
#include "parsers/html/html_document.h"
#include "parsers/web/file_uri.h"
#include "parsers/web/url.h"

namespace corpusd {
namespace {

nlohmann::json OrNull(const std::string& s) {
  return s.empty() ? nlohmann::json() : nlohmann::json(s);
}

nlohmann::json DateOrNull(const std::optional<NormalizedDate>& d) {
  return d ? nlohmann::json(d->iso) : nlohmann::json();
}

// The item's full text, cleaned as the corpus would store it; null when the
// feed carries none (the daemon then fetches the link).
nlohmann::json Content(const FeedItem& item, const PipelineOptions& options) {
  IngestInput input = FeedItemInput(item, item.link, /*with_summary=*/false);
  if (input.raw.bytes.empty()) return nullptr;
  Result<BuiltDocument> built = BuildIngested(input, options);
  return built.ok() ? nlohmann::json(built->record.text) : nlohmann::json();
}

// The item's summary or description, as text, as it would be stored when it
// is all the item has; null when there is none.
nlohmann::json Summary(const FeedItem& item, const PipelineOptions& options) {
  if (item.summary.empty()) return nullptr;
  FeedItem teaser = item;
  teaser.content_html.clear();
  teaser.content_text.clear();
  IngestInput input = FeedItemInput(teaser, item.link, /*with_summary=*/true);
  if (input.raw.bytes.empty()) return nullptr;
  Result<BuiltDocument> built = BuildIngested(input, options);
  return built.ok() ? nlohmann::json(built->record.text) : nlohmann::json();
}

}  // namespace

CLI::App* AddFeedCommand(CLI::App& app, FeedArgs& args) {
  CLI::App* cmd = app.add_subcommand(
      "feed", "Print what corpusd sees in a feed (RSS, Atom, JSON Feed) as JSON");
  AddImportSettingsFlags(*cmd, args.import);
  cmd->add_option("location", args.location, "A feed file, an http(s) URL, or - for standard input")
      ->required();
  cmd->add_option("--content-type", args.content_type,
                  "The Content-Type the feed was served with, e.g. \"application/rss+xml; "
                  "charset=windows-1251\": its charset outranks the XML declaration");
  return cmd;
}

int RunFeed(const FeedArgs& args) {
  std::string bytes;
  std::string url;
  std::string content_type = args.content_type;
  if (IsHttpUrl(args.location)) {
    FetchSettings settings;
    settings.max_body_bytes = args.import.max_document_bytes;
    Result<HttpResponse> response = FetchOnce(args.location, settings);
    if (!response.ok()) {
      std::fprintf(stderr, "corpusd: %s: %s\n", args.location.c_str(),
                   response.status().message().c_str());
      return 1;
    }
    if (response->status != 200) {
      std::fprintf(stderr, "corpusd: %s: HTTP %ld\n", args.location.c_str(), response->status);
      return 1;
    }
    bytes = std::move(response->body);
    url = response->url;
    if (content_type.empty()) content_type = response->content_type;
  } else {
    RealFileSystem fs;
    Result<std::string> read = args.location == "-"
                                   ? ReadAll(STDIN_FILENO, args.import.max_document_bytes)
                                   : fs.ReadFile(args.location, args.import.max_document_bytes);
    if (!read.ok()) {
      std::fprintf(stderr, "corpusd: %s: %s\n", args.location.c_str(),
                   read.status().message().c_str());
      return 1;
    }
    bytes = std::move(*read);
    if (args.location != "-") url = FileUri(fs.Absolute(args.location));
  }

  Result<BoilerplateRules> rules = BoilerplateRules::Create(args.import.boilerplate);
  if (!rules.ok()) {
    std::fprintf(stderr, "corpusd: %s\n", rules.status().message().c_str());
    return 2;
  }
  PipelineOptions options = SourcePipelineOptions(args.import, *rules, /*memory=*/nullptr);
  options.not_after = LatestPlausibleDay(SystemClock().Now());
  Result<Feed> feed = ParseFeed(bytes, url, options.dates, content_type);
  if (!feed.ok()) {
    // An HTML page given for a feed: say so, and name the feeds it links to,
    // which is usually what was meant.
    if (SniffContent(bytes, "", args.location).kind == ContentKind::kHtml) {
      const HtmlDocument page{std::string(bytes)};
      const std::vector<std::string> feeds = DiscoverFeeds(page, url);
      std::string message = "corpusd: " + args.location + ": an HTML page, not a feed; ";
      if (feeds.empty()) {
        message += "it links to no feed (no <link rel=\"alternate\"> of a feed type)\n";
      } else {
        message += "it links to " + std::to_string(feeds.size()) +
                   (feeds.size() == 1 ? " feed" : " feeds") + ":\n";
        for (const std::string& f : feeds) message += "  " + f + "\n";
      }
      std::fputs(message.c_str(), stderr);
      return 1;
    }
    std::fprintf(stderr, "corpusd: %s: %s\n", args.location.c_str(),
                 feed.status().message().c_str());
    return 1;
  }

  nlohmann::ordered_json out;
  out["format"] = feed->format;
  out["title"] = OrNull(feed->title);
  out["link"] = OrNull(feed->link);
  out["items"] = nlohmann::ordered_json::array();
  for (const FeedItem& item : feed->items) {
    nlohmann::ordered_json j;
    j["id"] = OrNull(item.id);
    j["key"] = FeedItemKey(item);
    j["title"] = OrNull(item.title);
    j["link"] = OrNull(item.link);
    j["author"] = OrNull(item.author);
    j["published_at"] = DateOrNull(item.published_at);
    j["updated_at"] = DateOrNull(item.updated_at);
    j["summary"] = Summary(item, options);
    j["content"] = Content(item, options);
    if (!item.content_skipped.empty()) j["content_skipped"] = item.content_skipped;
    out["items"].push_back(std::move(j));
  }
  std::printf("%s\n", out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
  return 0;
}

}  // namespace corpusd
