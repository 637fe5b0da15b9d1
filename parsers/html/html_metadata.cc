#include "parsers/html/html_metadata.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/ascii.h"
#include "parsers/html/html_metadata_scan.h"
#include "parsers/html/json_ld.h"
#include "parsers/html/page_dates.h"
#include "parsers/text/language_tag.h"
#include "parsers/web/url.h"

namespace corpusd {
namespace {

bool IsPageType(std::string_view type) {
  return type.size() >= 4 && type.substr(type.size() - 4) == "Page";
}

bool LooksLikeUrl(std::string_view s) {
  return s.starts_with("http://") || s.starts_with("https://") || s.starts_with("/") ||
         s.starts_with("www.");
}

// Letters and digits only, lower-cased: "The Daily-News" -> "thedailynews".
std::string Squash(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c)) {
      out += static_cast<char>(std::tolower(c));
    } else if (c >= 0x80) {
      out += static_cast<char>(c);
    }
  }
  return out;
}

// "www.example.co.uk" -> "example": the host's name part for matching a site name.
std::string DomainName(std::string_view url) {
  std::size_t s = url.find("://");
  std::string_view host = url.substr(s == std::string_view::npos ? 0 : s + 3);
  host = host.substr(0, host.find_first_of("/?#:"));
  if (host.starts_with("www.")) host.remove_prefix(4);
  std::size_t dot = host.find('.');
  return Squash(host.substr(0, dot));
}

// Everything the metadata is chosen from.
struct Sources {
  PageScan scan;
  std::vector<JsonLdObject> json_ld;
  const JsonLdObject* main = nullptr;  // the page's main article object, if any
  DateContext dates;
  std::string not_after;

  const std::string& Meta(std::string_view key) const { return scan.Meta(key); }
  const std::string& MainField(std::string JsonLdObject::*field) const {
    return main ? main->*field : Empty();
  }
  static const std::string& Empty() {
    static const std::string* const kEmpty = new std::string();
    return *kEmpty;
  }
};

// The object a page describes itself with: the first top-level article,
// else the first article anywhere, else the first *Page.
const JsonLdObject* MainObject(const std::vector<JsonLdObject>& objects) {
  const JsonLdObject* best = nullptr;
  int best_rank = 0;
  for (const JsonLdObject& o : objects) {
    int rank = 0;
    if (IsArticleType(o.type)) {
      rank = o.depth == 0 ? 4 : 3;
    } else if (IsPageType(o.type)) {
      rank = o.depth == 0 ? 2 : 1;
    }
    if (rank > best_rank) {
      best = &o;
      best_rank = rank;
    }
  }
  return best;
}

// "en_us" / "EN-us" / "en-US,fr" -> "en-US".
std::string Bcp47(std::string_view tag) {
  tag = TrimAsciiWhitespace(tag.substr(0, tag.find_first_of(",; ")));
  std::string out;
  bool first = true;
  std::size_t start = 0;
  while (start <= tag.size()) {
    std::size_t end = tag.find_first_of("-_", start);
    if (end == std::string_view::npos) end = tag.size();
    std::string part(tag.substr(start, end - start));
    if (part.empty()) break;
    for (char& c : part) {
      c = static_cast<char>(first || part.size() != 2
                                ? std::tolower(static_cast<unsigned char>(c))
                                : std::toupper(static_cast<unsigned char>(c)));
    }
    if (!first && part.size() == 4) {
      part[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(part[0])));
    }
    if (!first) out += '-';
    out += part;
    first = false;
    start = end + 1;
  }
  return out;
}

// Every language tag the page states, most trusted first.
std::vector<std::string> LanguageTags(const Sources& src) {
  std::vector<std::string> tags;
  for (std::string_view v :
       {std::string_view(src.scan.html_lang), std::string_view(src.Meta("content-language")),
        std::string_view(src.Meta("language")), std::string_view(src.Meta("dc.language")),
        std::string_view(src.Meta("og:locale")),
        std::string_view(src.MainField(&JsonLdObject::in_language))}) {
    std::string tag = Bcp47(v);
    if (!tag.empty() && tag.size() <= 35) tags.push_back(std::move(tag));
  }
  return tags;
}

// The country of an English-speaking country's domain that writes the day
// before the month ("news.example.co.uk" -> "GB"), or empty. Only those: an
// English page elsewhere keeps the American order, and domains such as .io,
// .co or .tv are used by sites of any country.
std::string_view DayFirstEnglishCountry(std::string_view url) {
  const std::string host = UrlHost(url);
  const std::size_t dot = host.rfind('.');
  if (dot == std::string::npos) return {};
  const std::string_view tld = std::string_view(host).substr(dot + 1);
  static constexpr std::pair<std::string_view, std::string_view> kCountries[] = {
      {"uk", "GB"}, {"ie", "IE"}, {"au", "AU"}, {"nz", "NZ"}, {"za", "ZA"}, {"in", "IN"},
      {"pk", "PK"}, {"sg", "SG"}, {"my", "MY"}, {"ng", "NG"}, {"ke", "KE"}, {"gh", "GH"},
      {"hk", "HK"}, {"mt", "MT"}, {"jm", "JM"}, {"tt", "TT"}, {"lk", "LK"}, {"bd", "BD"},
      {"ug", "UG"}, {"tz", "TZ"}, {"zw", "ZW"}, {"zm", "ZM"}, {"bw", "BW"}, {"na", "NA"}};
  for (const auto& [domain, country] : kCountries) {
    if (tld == domain) return country;
  }
  return {};
}

// The language the page's dates are read in (`tags` from LanguageTags()),
// with the region that orders numeric dates ("02/11/2023"): the page's
// language; when it names no region, the region a later statement of the
// same language names (og:locale "en_GB" after <html lang="en">), else, for
// English, the country of the page's domain.
std::string DateLanguage(const std::vector<std::string>& tags, std::string_view url) {
  if (tags.empty()) return {};
  if (!RegionSubtag(tags.front()).empty()) return tags.front();
  const std::string primary = PrimaryLanguage(tags.front());
  for (const std::string& tag : tags) {
    if (!RegionSubtag(tag).empty() && PrimaryLanguage(tag) == primary) return tag;
  }
  if (primary == "en") {
    if (const std::string_view country = DayFirstEnglishCountry(url); !country.empty()) {
      return "en-" + std::string(country);
    }
  }
  return tags.front();
}

// A title without the site's name around it: "Headline | Site", "Headline -
// Site", "Site: Headline". A part is removed only when it names the site
// (`site_name` or the URL's domain), or when what remains is the page's h1.
std::string StripSiteName(std::string_view title, std::string_view site_name, std::string_view url,
                          std::string_view h1) {
  title = TrimAsciiWhitespace(title);
  std::string site = Squash(site_name);
  std::string domain = DomainName(url);
  std::string heading = Squash(h1);
  auto names_site = [&](std::string_view part) {
    std::string p = Squash(part);
    if (p.empty()) return false;
    if (!site.empty() && (p == site || site.find(p) == 0 || p.find(site) == 0)) return true;
    return domain.size() >= 3 && (p == domain || p.find(domain) != std::string::npos);
  };
  for (std::string_view sep : {" | ", " - ", " — ", " – ", " :: ", " · ", " » ", " « ", ": "}) {
    // Suffix: "Headline | Site" (the last separator).
    std::size_t pos = sep == ": " ? std::string_view::npos : title.rfind(sep);
    if (pos != std::string_view::npos && pos > 0) {
      std::string_view head = TrimAsciiWhitespace(title.substr(0, pos));
      std::string_view tail = TrimAsciiWhitespace(title.substr(pos + sep.size()));
      if (names_site(tail) || (!heading.empty() && Squash(head) == heading)) {
        return StripSiteName(head, site_name, url, h1);
      }
    }
    // Prefix: "Site: Headline", "Site | Headline" (the first separator).
    pos = title.find(sep);
    if (pos != std::string_view::npos && pos > 0) {
      std::string_view head = TrimAsciiWhitespace(title.substr(0, pos));
      std::string_view tail = TrimAsciiWhitespace(title.substr(pos + sep.size()));
      if (!tail.empty() && names_site(head)) return std::string(tail);
    }
  }
  return std::string(title);
}

// Whether text holds a letter: an ASCII one, or any character outside ASCII
// (close enough for names in every script). "01.12.2021" names nobody.
bool HasLetter(std::string_view text) {
  for (const char c : text) {
    if (IsAsciiAlpha(c) || static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

// "By Jane Doe and John Roe, Staff" -> {"Jane Doe", "John Roe", "Staff"}.
void AddAuthorNames(std::string_view text, std::vector<std::string>* out) {
  std::string_view s = TrimAsciiWhitespace(text);
  // "By Jane Doe", "Von: Jane Doe", "Door Jane Doe", ...
  for (std::string_view prefix : {"by", "von", "por", "par", "door", "di", "av", "af"}) {
    if (s.size() > prefix.size() + 1 && AsciiLowerCopy(s.substr(0, prefix.size())) == prefix &&
        (s[prefix.size()] == ' ' || s[prefix.size()] == ':')) {
      s = TrimAsciiWhitespace(s.substr(prefix.size() + 1));
      break;
    }
  }
  if (LooksLikeUrl(s)) return;
  // Split at every list separator.
  static constexpr std::string_view kSeparators[] = {" and ", " & ", " und ", " et ", " y ",
                                                     " e ",   ", ",  "; ",    " / "};
  std::vector<std::string_view> parts;
  std::string_view rest = s;
  std::size_t start = 0;
  for (std::size_t i = 0; i < rest.size(); ++i) {
    for (std::string_view sep : kSeparators) {
      if (rest.compare(i, sep.size(), sep) == 0) {
        parts.push_back(rest.substr(start, i - start));
        start = i + sep.size();
        i = start - 1;
        break;
      }
    }
  }
  parts.push_back(rest.substr(start));
  for (std::string_view part : parts) {
    std::string_view name = TrimAsciiWhitespace(part);
    while (!name.empty() && (name.back() == ',' || name.back() == ';' || name.back() == '|')) {
      name = TrimAsciiWhitespace(name.substr(0, name.size() - 1));
    }
    if (name.empty() || name.size() > 80 || LooksLikeUrl(name) || !HasLetter(name)) continue;
    bool dup = false;
    for (const std::string& have : *out) dup = dup || AsciiLowerCopy(have) == AsciiLowerCopy(name);
    if (!dup) out->emplace_back(name);
  }
}

}  // namespace

HtmlMetadata ExtractHtmlMetadata(const HtmlDocument& doc, std::string_view url,
                                 const DateContext& dates) {
  return ExtractHtmlMetadata(doc, url, dates, HtmlMetadataOptions{});
}

HtmlMetadata ExtractHtmlMetadata(const HtmlDocument& doc, std::string_view url,
                                 const DateContext& dates, const HtmlMetadataOptions& options) {
  Sources src;
  src.scan = ScanPage(doc);
  for (const std::string& block : src.scan.json_ld) {
    std::vector<JsonLdObject> objects = ParseJsonLd(block);
    for (JsonLdObject& o : objects) src.json_ld.push_back(std::move(o));
  }
  src.main = MainObject(src.json_ld);
  src.not_after = options.not_after;

  HtmlMetadata meta;
  const std::vector<std::string> language_tags = LanguageTags(src);
  if (!language_tags.empty()) meta.language = language_tags.front();
  src.dates = dates;
  if (src.dates.language.empty()) {
    src.dates.language = DateLanguage(language_tags, url.empty() ? src.scan.canonical : url);
  }

  meta.site_name = src.Meta("og:site_name");
  if (meta.site_name.empty() && src.main) meta.site_name = src.main->publisher_name;
  if (meta.site_name.empty()) meta.site_name = src.Meta("application-name");

  meta.canonical_url = src.scan.canonical;
  if (meta.canonical_url.empty()) meta.canonical_url = src.Meta("og:url");
  // The page's own address names the site better than where it was fetched
  // from (an aggregator's redirect, an archive).
  const std::string_view site_url =
      meta.canonical_url.starts_with("http") ? std::string_view(meta.canonical_url) : url;

  for (std::string_view v :
       {std::string_view(src.Meta("og:title")), std::string_view(src.Meta("twitter:title")),
        std::string_view(src.MainField(&JsonLdObject::headline)),
        std::string_view(src.scan.title_tag), std::string_view(src.scan.h1)}) {
    if (TrimAsciiWhitespace(v).empty()) continue;
    meta.title = StripSiteName(v, meta.site_name, site_url, src.scan.h1);
    break;
  }

  for (std::string_view key : {"description", "og:description", "twitter:description"}) {
    meta.description = src.Meta(key);
    if (!meta.description.empty()) break;
  }
  if (meta.description.empty() && src.main) meta.description = src.main->description;

  // Authors: the first source that names anyone.
  std::vector<std::vector<std::string>> author_sources;
  author_sources.push_back({src.Meta("author"), src.Meta("article:author"), src.Meta("dc.creator"),
                            src.Meta("sailthru.author"), src.Meta("parsely-author"),
                            src.Meta("citation_author")});
  if (src.main) author_sources.push_back(src.main->authors);
  author_sources.push_back(src.scan.rel_authors);
  author_sources.push_back(src.scan.byline_texts);
  // The publication itself ("NU.nl", the site name) is not an author.
  const std::string site = Squash(meta.site_name);
  const std::string domain = DomainName(site_url);
  auto is_site = [&](const std::string& name) {
    std::string n = Squash(name);
    return n == site || (domain.size() >= 2 && n.starts_with(domain));
  };
  for (const auto& names : author_sources) {
    for (const std::string& n : names) AddAuthorNames(n, &meta.authors);
    std::erase_if(meta.authors, is_site);
    if (!meta.authors.empty()) break;
  }

  const PageDateSources date_sources{src.scan,  src.json_ld,   src.main,
                                     src.dates, src.not_after, url};
  meta.published = PublishedDate(date_sources);
  meta.modified = ModifiedDate(date_sources);
  if ((!meta.published && src.scan.layout_taken_for_junk) ||
      (src.scan.headline_taken_for_junk && !StatesPublicationForMachines(date_sources))) {
    // A page-wide layout class ("layoutTwoColumnsRightSidebar") can make the
    // whole page look like a sidebar: look again by tags alone. When it holds
    // the headline, what the first look found lies outside the article (a
    // teaser list, another section), so the second look wins, unless the
    // page states its date for machines, which both looks read alike.
    const PageScan loose = ScanPage(doc, /*class_hints=*/false);
    const PageDateSources loose_sources{loose,     src.json_ld,   src.main,
                                        src.dates, src.not_after, url};
    if (auto loose_published = PublishedDate(loose_sources)) meta.published = loose_published;
    if (auto loose_modified = ModifiedDate(loose_sources)) meta.modified = loose_modified;
  }
  // The last change is the nearest a page without any other date comes to
  // its publication (it cannot be earlier).
  if (!meta.published) meta.published = meta.modified;
  if (src.main) meta.article_body = src.main->article_body;
  return meta;
}

}  // namespace corpusd
