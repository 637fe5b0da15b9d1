#include "daemon/fetch/response_headers.h"

#include <gtest/gtest.h>

namespace corpusd {
namespace {

TEST(ResponseHeaders, ReadsTheHeadersCorpusdUsesAndForgetsThemAtANewStatusLine) {
  ResponseHeaders h;
  for (const char* line : {"HTTP/1.1 100 Continue\r\n", "Content-Type: text/plain\r\n", "\r\n",
                           "HTTP/1.1 200 OK\r\n", "content-TYPE:  text/html; charset=utf-8 \r\n",
                           "ETag: \"v1\"\r\n", "Last-Modified: Tue, 05 Mar 2024 10:00:00 GMT\r\n",
                           "X-Other: ignored\r\n", "no colon at all\r\n", ": empty name\r\n"}) {
    ReadHeaderLine(line, &h);
  }
  EXPECT_EQ(h.content_type, "text/html; charset=utf-8");
  EXPECT_EQ(h.etag, "\"v1\"");
  EXPECT_EQ(h.last_modified, "Tue, 05 Mar 2024 10:00:00 GMT");
  EXPECT_EQ(h.retry_after, "");
  ReadHeaderLine("HTTP/2 503\r\n", &h);
  ReadHeaderLine("retry-after: 120\r\n", &h);
  EXPECT_EQ(h.content_type, "");
  EXPECT_EQ(h.retry_after, "120");
}

}  // namespace
}  // namespace corpusd
