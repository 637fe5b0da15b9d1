#include "daemon/metrics/metrics.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "config/daemon_config.h"

namespace corpusd {
namespace {

bool Has(const std::string& text, const std::string& line) {
  return text.find("\n" + line + "\n") != std::string::npos;
}

TEST(Metrics, EveryFamilyIsListedFromTheStartWithItsHelpAndType) {
  const std::string text = Metrics().Render();
  for (const char* family :
       {"corpusd_documents_stored_total", "corpusd_duplicates_total",
        "corpusd_inputs_rejected_total", "corpusd_fetch_requests_total", "corpusd_source_up",
        "corpusd_source_last_success_timestamp_seconds", "corpusd_sources_due",
        "corpusd_polls_in_progress", "corpusd_corpus_documents", "corpusd_corpus_bytes"}) {
    EXPECT_NE(text.find(std::string("# TYPE ") + family + " "), std::string::npos) << family;
    EXPECT_NE(text.find(std::string("# HELP ") + family + " "), std::string::npos) << family;
  }
  EXPECT_TRUE(Has(text, "# TYPE corpusd_fetch_duration_seconds histogram"));
  EXPECT_TRUE(Has(text, "corpusd_fetch_duration_seconds_count 0"));
}

TEST(Metrics, CountersAddUpPerLabelSetAndGaugesAreSet) {
  Metrics m;
  m.Add("corpusd_documents_stored_total", {{"source", "inbox"}}, 3);
  m.Add("corpusd_documents_stored_total", {{"source", "inbox"}}, 2);
  m.Add("corpusd_documents_stored_total", {{"source", "news"}});
  m.Add("corpusd_inputs_rejected_total", {{"source", "in\"box"}, {"reason", "too_large"}});
  m.Set("corpusd_source_up", {{"source", "news"}}, 1);
  m.Set("corpusd_source_up", {{"source", "news"}}, 0);
  m.Set("corpusd_source_last_success_timestamp_seconds", {{"source", "news"}}, 1733526000.25);
  const std::string text = m.Render();
  EXPECT_TRUE(Has(text, "corpusd_documents_stored_total{source=\"inbox\"} 5")) << text;
  EXPECT_TRUE(Has(text, "corpusd_documents_stored_total{source=\"news\"} 1")) << text;
  EXPECT_TRUE(
      Has(text, "corpusd_inputs_rejected_total{source=\"in\\\"box\",reason=\"too_large\"} 1"))
      << text;
  EXPECT_TRUE(Has(text, "corpusd_source_up{source=\"news\"} 0")) << text;
  EXPECT_TRUE(
      Has(text, "corpusd_source_last_success_timestamp_seconds{source=\"news\"} 1733526000.25"))
      << text;
}

TEST(Metrics, TheFetchHistogramIsCumulative) {
  Metrics m;
  m.ObserveFetchDuration(std::chrono::milliseconds(20));
  m.ObserveFetchDuration(std::chrono::milliseconds(300));
  m.ObserveFetchDuration(std::chrono::seconds(90));
  const std::string text = m.Render();
  EXPECT_TRUE(Has(text, "corpusd_fetch_duration_seconds_bucket{le=\"0.05\"} 1")) << text;
  EXPECT_TRUE(Has(text, "corpusd_fetch_duration_seconds_bucket{le=\"0.25\"} 1")) << text;
  EXPECT_TRUE(Has(text, "corpusd_fetch_duration_seconds_bucket{le=\"0.5\"} 2")) << text;
  EXPECT_TRUE(Has(text, "corpusd_fetch_duration_seconds_bucket{le=\"60\"} 2")) << text;
  EXPECT_TRUE(Has(text, "corpusd_fetch_duration_seconds_bucket{le=\"+Inf\"} 3")) << text;
  EXPECT_TRUE(Has(text, "corpusd_fetch_duration_seconds_count 3")) << text;
  EXPECT_TRUE(Has(text, "corpusd_fetch_duration_seconds_sum 90.32")) << text;
}

TEST(Metrics, StatusClasses) {
  EXPECT_EQ(Metrics::StatusClass(200), "2xx");
  EXPECT_EQ(Metrics::StatusClass(304), "3xx");
  EXPECT_EQ(Metrics::StatusClass(503), "5xx");
  EXPECT_EQ(Metrics::StatusClass(0), "error");
}

TEST(Metrics, TheConfigKeyTakesHostAndPort) {
  Result<Config> c = ParseConfig("metrics = \"127.0.0.1:9464\"\n", "corpusd.toml");
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->daemon.metrics_host, "127.0.0.1");
  EXPECT_EQ(c->daemon.metrics_port, 9464);
  c = ParseConfig("metrics = \"[::1]:9100\"\n", "corpusd.toml");
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->daemon.metrics_host, "::1");
  EXPECT_TRUE(ParseConfig("", "corpusd.toml")->daemon.metrics_host.empty());  // off by default
  for (const char* bad : {"9464", "127.0.0.1", "127.0.0.1:http", "127.0.0.1:70000", ":9464"}) {
    Result<Config> r = ParseConfig(std::string("metrics = \"") + bad + "\"\n", "corpusd.toml");
    EXPECT_FALSE(r.ok()) << bad;
  }
}

}  // namespace
}  // namespace corpusd
