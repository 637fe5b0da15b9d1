#include "parsers/web/url.h"

#include <curl/curl.h>

#include <string>
#include <string_view>

#include "parsers/ascii.h"
#include "parsers/web/percent_encoding.h"

namespace corpusd {
namespace {

// One CURLU handle, freed on scope exit; curl_url_get's strings likewise.
class UrlHandle {
 public:
  UrlHandle() : handle_(curl_url()) {}
  ~UrlHandle() { curl_url_cleanup(handle_); }
  UrlHandle(const UrlHandle&) = delete;
  UrlHandle& operator=(const UrlHandle&) = delete;

  bool valid() const { return handle_ != nullptr; }

  // Sets the whole URL; on a handle that already holds one, a relative URL
  // is resolved against it.
  CURLUcode SetUrl(const std::string& url) {
    return curl_url_set(handle_, CURLUPART_URL, url.c_str(), CURLU_NON_SUPPORT_SCHEME);
  }
  CURLUcode Set(CURLUPart part, const char* value) {
    return curl_url_set(handle_, part, value, CURLU_NON_SUPPORT_SCHEME);
  }
  // The part, or empty when it is missing.
  std::string Get(CURLUPart part, unsigned flags = 0) const {
    char* out = nullptr;
    if (curl_url_get(handle_, part, &out, flags) != CURLUE_OK || out == nullptr) return {};
    std::string result(out);
    curl_free(out);
    return result;
  }

 private:
  CURLU* handle_;
};

bool IsSchemeChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' ||
         c == '-' || c == '.';
}

// Where the path starts: after "scheme://authority" or "//authority"; 0 for
// a relative reference (the whole of it is path, query and fragment).
std::size_t PathStart(std::string_view url) {
  std::size_t authority = std::string_view::npos;
  if (url.starts_with("//")) {
    authority = 2;
  } else {
    std::size_t colon = url.find("://");
    if (colon != std::string_view::npos && colon > 0) {
      bool scheme = true;
      for (std::size_t i = 0; i < colon; ++i) scheme = scheme && IsSchemeChar(url[i]);
      if (scheme) authority = colon + 3;
    }
  }
  if (authority == std::string_view::npos) return 0;
  std::size_t end = url.find_first_of("/?#", authority);
  return end == std::string_view::npos ? url.size() : end;
}

// A URL as written in a page or feed, made acceptable to curl without
// changing what it means: surrounding whitespace trimmed, tabs and newlines
// dropped (as browsers do), and in path, query and fragment the bytes a URL
// may not hold raw percent-encoded (spaces, non-ASCII, "<>\"{}|^`", a "%"
// that starts no escape). The authority is left alone (IDN host names).
std::string Prepare(std::string_view url) {
  std::string_view s = url;
  while (!s.empty() && static_cast<unsigned char>(s.front()) <= ' ') s.remove_prefix(1);
  while (!s.empty() && static_cast<unsigned char>(s.back()) <= ' ') s.remove_suffix(1);
  std::string cleaned;
  cleaned.reserve(s.size());
  for (char c : s) {
    if (c != '\t' && c != '\n' && c != '\r') cleaned += c;
  }
  const std::size_t path = PathStart(cleaned);
  std::string out = cleaned.substr(0, path);
  for (std::size_t i = path; i < cleaned.size(); ++i) {
    const auto c = static_cast<unsigned char>(cleaned[i]);
    bool stray_percent = c == '%' && !IsPercentEscapeAt(cleaned, i);
    bool escape =
        c <= ' ' || c >= 0x7F || stray_percent ||
        std::string_view("<>\"{}|^`").find(static_cast<char>(c)) != std::string_view::npos;
    if (escape) {
      AppendPercentEscape(c, out);
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

// Percent-escapes in upper case ("%c3%a9" -> "%C3%A9"), as RFC 3986
// normalizes them.
void UpperCaseEscapes(std::string& url) {
  for (std::size_t i = 0; i + 2 < url.size(); ++i) {
    if (IsPercentEscapeAt(url, i)) {
      for (std::size_t k = i + 1; k <= i + 2; ++k) {
        if (url[k] >= 'a' && url[k] <= 'f') url[k] = static_cast<char>(url[k] - 32);
      }
      i += 2;
    }
  }
}

Status CurlError(std::string_view what, std::string_view url, CURLUcode code) {
  return Status::InvalidInput(std::string(what) + " '" + std::string(url) +
                              "': " + curl_url_strerror(code));
}

// The normalized form of the URL the handle holds.
Result<std::string> Normalized(UrlHandle& url) {
  std::string host = url.Get(CURLUPART_HOST);
  std::string lower = AsciiLowerCopy(host);
  if (lower != host) url.Set(CURLUPART_HOST, lower.c_str());
  std::string out = url.Get(CURLUPART_URL, CURLU_NO_DEFAULT_PORT);
  if (out.empty()) return Status::InvalidInput("not a URL");
  UpperCaseEscapes(out);
  return out;
}

}  // namespace

Result<std::string> ResolveUrl(std::string_view base, std::string_view reference) {
  const std::string ref = Prepare(reference);
  const std::string prepared_base = Prepare(base);
  UrlHandle url;
  if (!url.valid()) return Status::Internal("libcurl: cannot allocate a URL handle");

  // curl 7.88 resolves "" and "#f" to the base's directory; RFC 3986 keeps
  // the base's path and query. Those two cases are done here.
  if (ref.empty() || ref.front() == '#') {
    if (CURLUcode rc = url.SetUrl(prepared_base); rc != CURLUE_OK) {
      return CurlError("cannot resolve '" + ref + "' against", base, rc);
    }
    url.Set(CURLUPART_FRAGMENT, ref.size() > 1 ? ref.c_str() + 1 : nullptr);
    return Normalized(url);
  }

  bool have_base = !prepared_base.empty() && url.SetUrl(prepared_base) == CURLUE_OK;
  if (CURLUcode rc = url.SetUrl(ref); rc != CURLUE_OK) {
    if (!have_base) return CurlError("not an absolute URL", reference, rc);
    return CurlError("cannot resolve", reference, rc);
  }
  return Normalized(url);
}

std::optional<UrlParts> SplitUrl(std::string_view url) {
  UrlHandle handle;
  if (!handle.valid() || handle.SetUrl(Prepare(url)) != CURLUE_OK) return std::nullopt;
  UrlParts parts;
  parts.scheme = AsciiLowerCopy(handle.Get(CURLUPART_SCHEME));
  if (parts.scheme.empty()) return std::nullopt;
  parts.host = AsciiLowerCopy(handle.Get(CURLUPART_HOST));
  parts.port = handle.Get(CURLUPART_PORT);
  parts.path_and_query = handle.Get(CURLUPART_PATH);
  if (parts.path_and_query.empty()) parts.path_and_query = "/";
  const std::string query = handle.Get(CURLUPART_QUERY);
  if (!query.empty()) parts.path_and_query += "?" + query;
  return parts;
}

std::string UrlScheme(std::string_view url) {
  std::optional<UrlParts> parts = SplitUrl(url);
  return parts ? parts->scheme : std::string();
}

std::string UrlHost(std::string_view url) {
  std::optional<UrlParts> parts = SplitUrl(url);
  return parts ? parts->host : std::string();
}

bool IsHttpUrl(std::string_view url) {
  std::optional<UrlParts> parts = SplitUrl(url);
  return parts && (parts->scheme == "http" || parts->scheme == "https") && !parts->host.empty();
}

}  // namespace corpusd
