// The real `corpusd opml import` and `corpusd opml export`: a subscription
// list into the config file and back out.
#include <gtest/gtest.h>

#include <string>

#include "parsers/feeds/opml.h"
#include "tests/support/run_process.h"
#include "tests/support/temp_dir.h"

namespace corpusd {
namespace {

using testing::ProcessResult;
using testing::ReadFileBytes;
using testing::RunCorpusd;
using testing::TempDir;
using testing::WriteFileBytes;

constexpr char kConfig[] = R"(database = "corpus.db"

[[source]]
name = "inbox"
type = "directory"
path = "inbox"

[[source]]
name = "LWN.net"
type = "feed"
url = "https://lwn.net/headlines/rss"
)";

// A Miniflux export with a feed the config has, a name it has, a nested
// group and a title that needs escaping in TOML.
constexpr char kOpml[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Miniflux</title></head><body>
  <outline text="Linux">
    <outline title="LWN.net" text="LWN.net" xmlUrl="https://lwn.net/headlines/rss" htmlUrl="https://lwn.net"/>
    <outline title="inbox" xmlUrl="https://inbox.example/feed"/>
  </outline>
  <outline text="News"><outline text="World">
    <outline title="Say &quot;hi&quot; \ bye" xmlUrl="https://world.example/rss?a=1&amp;b=2" htmlUrl="https://world.example/"/>
  </outline></outline>
  <outline text="No title at all" xmlUrl=""/>
  <outline xmlUrl="https://untitled.example/atom.xml"/>
</body></opml>
)";

std::string Describe(const OpmlFeed& f) {
  return f.title + " | " + f.xml_url + " | " + f.html_url + " | " + f.category;
}

TEST(OpmlCommand, ImportAppendsTheNewFeedsAndExportWritesThemBack) {
  TempDir dir;
  WriteFileBytes(dir / "corpusd.toml", kConfig);
  WriteFileBytes(dir / "subs.opml", kOpml);
  std::filesystem::create_directory(dir / "inbox");

  ProcessResult imported =
      RunCorpusd({"opml", "import", dir / "subs.opml", "--config", dir / "corpusd.toml"});
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  EXPECT_NE(
      imported.err.find("added 3 feed sources to " + (dir / "corpusd.toml") + " (1 already there)"),
      std::string::npos)
      << imported.err;
  const std::string text = ReadFileBytes(dir / "corpusd.toml");
  EXPECT_TRUE(text.starts_with(kConfig)) << "the old text is kept as it was";
  EXPECT_NE(text.find("name = \"inbox (2)\""), std::string::npos) << text;
  EXPECT_NE(text.find("category = \"News/World\""), std::string::npos) << text;
  EXPECT_NE(text.find("name = \"untitled.example\""), std::string::npos) << text;

  ProcessResult checked = RunCorpusd({"check-config", dir / "corpusd.toml"});
  EXPECT_EQ(checked.exit_code, 0) << checked.err;
  EXPECT_NE(checked.out.find("5 sources"), std::string::npos) << checked.out;

  // Once more: nothing new, the file untouched.
  ProcessResult again =
      RunCorpusd({"opml", "import", dir / "subs.opml", "--config", dir / "corpusd.toml"});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("added 0 feed sources"), std::string::npos) << again.err;
  EXPECT_EQ(ReadFileBytes(dir / "corpusd.toml"), text);

  ProcessResult exported = RunCorpusd({"opml", "export", "--config", dir / "corpusd.toml"});
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  Result<OpmlList> list = ParseOpml(exported.out);
  ASSERT_TRUE(list.ok()) << exported.out;
  std::vector<std::string> feeds;
  for (const OpmlFeed& f : list->feeds) feeds.push_back(Describe(f));
  EXPECT_EQ(feeds, (std::vector<std::string>{
                       "LWN.net | https://lwn.net/headlines/rss |  | ",
                       "untitled.example | https://untitled.example/atom.xml |  | ",
                       "inbox (2) | https://inbox.example/feed |  | Linux",
                       "Say \"hi\" \\ bye | https://world.example/rss?a=1&b=2 | "
                       "https://world.example/ | News/World",
                   }));
}

TEST(OpmlCommand, DryRunPrintsTheTablesAndWritesNothing) {
  TempDir dir;
  WriteFileBytes(dir / "subs.opml", kOpml);
  ProcessResult r =
      RunCorpusd({"opml", "import", "--dry-run", dir / "subs.opml", "--config", dir / "new.toml"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("[[source]]\nname = \"LWN.net\"\ntype = \"feed\"\n"
                       "url = \"https://lwn.net/headlines/rss\"\ncategory = \"Linux\"\n"
                       "site_url = \"https://lwn.net\""),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.err.find("would add 4 feed sources"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir / "new.toml"));

  // Without --dry-run a missing config file is started.
  ProcessResult made =
      RunCorpusd({"opml", "import", dir / "subs.opml", "--config", dir / "new.toml"});
  ASSERT_EQ(made.exit_code, 0) << made.err;
  EXPECT_EQ(RunCorpusd({"check-config", dir / "new.toml"}).exit_code, 0);
}

TEST(OpmlCommand, BadInputLeavesTheConfigAlone) {
  TempDir dir;
  WriteFileBytes(dir / "corpusd.toml", kConfig);
  std::filesystem::create_directory(dir / "inbox");
  WriteFileBytes(dir / "feed.xml", "<rss version=\"2.0\"><channel/></rss>");
  ProcessResult not_opml =
      RunCorpusd({"opml", "import", dir / "feed.xml", "--config", dir / "corpusd.toml"});
  EXPECT_EQ(not_opml.exit_code, 1);
  EXPECT_NE(not_opml.err.find("not OPML: the root element is <rss>"), std::string::npos)
      << not_opml.err;
  ProcessResult missing =
      RunCorpusd({"opml", "import", dir / "nothing.opml", "--config", dir / "corpusd.toml"});
  EXPECT_EQ(missing.exit_code, 1);
  // A config that is already broken is not appended to.
  WriteFileBytes(dir / "broken.toml", "database = \n");
  WriteFileBytes(dir / "subs.opml", kOpml);
  ProcessResult broken =
      RunCorpusd({"opml", "import", dir / "subs.opml", "--config", dir / "broken.toml"});
  EXPECT_EQ(broken.exit_code, 1);
  EXPECT_EQ(ReadFileBytes(dir / "broken.toml"), "database = \n");
  EXPECT_EQ(ReadFileBytes(dir / "corpusd.toml"), kConfig);
  EXPECT_EQ(RunCorpusd({"opml"}).exit_code, 2);  // a subcommand is needed
}

}  // namespace
}  // namespace corpusd
