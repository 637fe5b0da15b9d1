#include "parsers/html_metadata.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/date_civil.h"
#include "parsers/html_metadata_dates.h"
#include "parsers/html_metadata_scan.h"
#include "parsers/json_ld.h"

namespace corpusd {
namespace {

// Meta keys naming the publication date, most trusted first.
constexpr std::string_view kPublishedMetas[] = {"article:published_time",
                                                "og:article:published_time",
                                                "og:published_time",
                                                "article:published",
                                                "datepublished",
                                                "published_time",
                                                "article.published",
                                                "article_date_original",
                                                "originalpublicationdate",
                                                "original-publish-date",
                                                "publication_date",
                                                "publish-date",
                                                "publish_date",
                                                "publishdate",
                                                "pubdate",
                                                "pub_date",
                                                "published-date",
                                                "date_published",
                                                "sailthru.date",
                                                "parsely-pub-date",
                                                "cxenseparse:recs:publishtime",
                                                "citation_publication_date",
                                                "citation_date",
                                                "citation_online_date",
                                                "dc.date.issued",
                                                "dcterms.issued",
                                                "dc.date.created",
                                                "dcterms.created",
                                                "dc.date.published",
                                                "datecreated",
                                                "article:post_date",
                                                "bt:pubdate",
                                                "displaydate"};

// Meta keys that may name any date of the page (a generic "date" is often the
// last change): weaker than a <time> marked as the publication.
constexpr std::string_view kWeakPublishedMetas[] = {"dc.date", "dcterms.date", "date", "created",
                                                    "creation_date"};

// Meta keys naming the last modification.
constexpr std::string_view kModifiedMetas[] = {"article:modified_time",
                                               "og:article:modified_time",
                                               "og:modified_time",
                                               "og:updated_time",
                                               "article:modified",
                                               "datemodified",
                                               "modified_time",
                                               "dcterms.modified",
                                               "dc.date.modified",
                                               "last-modified",
                                               "lastmod",
                                               "revised",
                                               "article:updated_time",
                                               "updated_time"};

// JSON-LD types whose dates are never the page's.
bool IsSideType(std::string_view type) {
  for (std::string_view t : {"BreadcrumbList", "ListItem", "Organization", "NewsMediaOrganization",
                             "Person", "ImageObject", "VideoObject", "WebSite", "Comment",
                             "SiteNavigationElement", "Brand", "Place", "Event", "Offer"}) {
    if (type == t) return true;
  }
  return false;
}

bool IsPageType(std::string_view type) {
  return type.size() >= 4 && type.substr(type.size() - 4) == "Page";
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

bool LooksLikeUrl(std::string_view s) {
  return StartsWith(s, "http://") || StartsWith(s, "https://") || StartsWith(s, "//") ||
         StartsWith(s, "/") || StartsWith(s, "www.");
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
  if (StartsWith(host, "www.")) host.remove_prefix(4);
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

  // The first non-empty content of a meta tag, or an empty string.
  const std::string& Meta(std::string_view key) const {
    for (const auto& [k, v] : scan.metas) {
      if (k == key && !v.empty()) return v;
    }
    return Empty();
  }
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

// A date worth keeping: day-precise at least and not after the bound.
std::optional<NormalizedDate> Accept(std::optional<NormalizedDate> d, const Sources& src) {
  if (!d || d->precision < DatePrecision::kDay || d->iso.size() < 10) return std::nullopt;
  if (!src.not_after.empty() && d->iso.compare(0, 10, src.not_after) > 0) return std::nullopt;
  return d;
}

std::optional<NormalizedDate> Structured(std::string_view text, const Sources& src) {
  if (text.empty()) return std::nullopt;
  return Accept(NormalizeDate(text, src.dates), src);
}

// True for a date line that states a revision, not the publication
// ("Updated 8 June", "Letzte Änderung: ...", "mis à jour le ...").
bool SaysUpdated(std::string_view text) {
  // Lower() folds ASCII only: words starting with other capitals are listed twice.
  std::string t = Lower(text.substr(0, 200));
  for (std::string_view w :
       {"updated", "update:", "last modified", "aktualisiert", "änderung", "Änderung", "geändert",
        "modifié", "mis à jour", "actualizado", "actualización", "aggiornato", "bijgewerkt",
        "обновлено", "Обновлено", "zaktualizowano"}) {
    if (t.find(w) != std::string::npos) {
      for (std::string_view p : {"publi", "veröffentlicht", "erschienen", "posted"}) {
        if (t.find(p) != std::string::npos) return false;
      }
      return true;
    }
  }
  return false;
}

// The first clue's date, of the kind asked for. `revisions`: only the lines
// that say "updated" (a last resort, as a revision date is the nearest a
// page without any other date comes to one).
std::optional<NormalizedDate> FromClues(const std::vector<DateClue>& clues, const Sources& src,
                                        bool want_published, bool want_in_article,
                                        bool revisions = false) {
  for (const DateClue& c : clues) {
    if (c.modified || SaysUpdated(c.text) != revisions) continue;
    if (want_published && !c.published) continue;
    if (want_in_article && !c.in_article) continue;
    if (auto d = Accept(DateFromText(c.text, src.dates), src)) return d;
  }
  return std::nullopt;
}

// Every statement of the publication date, from the most to the least
// explicit: structured data, meta tags, marked-up <time>s, the URL, date-like
// elements, then date lines right below the headline ("Published 7 June 2020").
struct Candidate {
  NormalizedDate date;
  bool from_url = false;
  bool visible = false;    // shown on the page (a <time> or date line), not metadata
  bool ambiguous = false;  // written "11/01/2023": day and month order was a guess
};

// "11/01/2023", "1.2.2020": two numbers of 12 or less before the year.
bool IsAmbiguousNumeric(std::string_view text) {
  text = Trim(text);
  int numbers[2] = {0, 0};
  std::size_t i = 0;
  for (int k = 0; k < 2; ++k) {
    std::size_t start = i;
    while (i < text.size() && i - start < 3 && std::isdigit(static_cast<unsigned char>(text[i]))) {
      numbers[k] = numbers[k] * 10 + (text[i] - '0');
      ++i;
    }
    if (i == start || i - start > 2 || i >= text.size()) return false;
    if (text[i] != '/' && text[i] != '.' && text[i] != '-') return false;
    ++i;
  }
  return numbers[0] <= 12 && numbers[1] <= 12 && numbers[0] != numbers[1];
}

std::vector<Candidate> PublishedCandidates(const Sources& src, std::string_view url) {
  std::vector<Candidate> out;
  auto add = [&out](std::optional<NormalizedDate> d, bool from_url = false) {
    if (d) out.push_back(Candidate{std::move(*d), from_url});
  };
  auto add_visible = [&out](std::optional<NormalizedDate> d) {
    if (d) out.push_back(Candidate{std::move(*d), false, true});
  };
  if (src.main) add(Structured(src.main->date_published, src));
  auto add_meta = [&](std::string_view key) {
    std::size_t before = out.size();
    add(Structured(src.Meta(key), src));
    if (out.size() > before) out.back().ambiguous = IsAmbiguousNumeric(src.Meta(key));
  };
  for (std::string_view key : kPublishedMetas) add_meta(key);
  add_visible(FromClues(src.scan.time_elements, src, true, false));
  for (std::string_view key : kWeakPublishedMetas) add_meta(key);
  for (const JsonLdObject& o : src.json_ld) {
    if (IsSideType(o.type) || o.depth > 0) continue;
    add(Structured(o.date_published, src));
  }
  add(Accept(DateFromUrl(url), src), /*from_url=*/true);
  add_visible(FromClues(src.scan.time_elements, src, false, true));
  add_visible(FromClues(src.scan.date_elements, src, true, false));
  add_visible(FromClues(src.scan.date_elements, src, false, true));
  add_visible(FromClues(src.scan.time_elements, src, false, false));
  add_visible(FromClues(src.scan.date_elements, src, false, false));
  // Date lines right below the headline ("Published 7 June 2020"), else
  // right above it (a dateline over the headline, nearest first).
  const auto& texts = src.scan.short_texts;
  constexpr std::size_t kLinesAfterHeadline = 30;
  for (std::size_t i = src.scan.first_text_after_h1;
       i < texts.size() && i < src.scan.first_text_after_h1 + kLinesAfterHeadline; ++i) {
    if (SaysUpdated(texts[i])) continue;
    if (auto d = Accept(DateFromText(texts[i], src.dates), src)) {
      add_visible(std::move(d));
      return out;
    }
  }
  constexpr std::size_t kLinesBeforeHeadline = 3;
  for (std::size_t i = src.scan.first_text_after_h1, n = 0; i > 0 && n < kLinesBeforeHeadline;
       --i, ++n) {
    if (auto d = Accept(DateFromText(texts[i - 1], src.dates), src)) {
      add_visible(std::move(d));
      return out;
    }
  }
  // Last resort: a visible revision date ("Aktualisiert: 30.12.2016").
  add_visible(FromClues(src.scan.date_elements, src, false, false, /*revisions=*/true));
  return out;
}

// True for a time stated in UTC ("...Z", "+00:00"): usually a machine's
// clock, whose date can be a day off the one the page shows its readers.
bool IsUtcTime(const NormalizedDate& d) {
  if (!d.has_offset || d.precision < DatePrecision::kHour) return false;
  std::string_view iso = d.iso;
  return iso.back() == 'Z' || iso.ends_with("+00:00") || iso.ends_with("-00:00");
}

// A field of an ISO date string: Field(iso, 11, 2) is the hour.
int Field(std::string_view iso, std::size_t pos, std::size_t n) {
  int v = 0;
  for (std::size_t i = pos; i < pos + n && i < iso.size(); ++i) {
    if (iso[i] < '0' || iso[i] > '9') return -1;
    v = v * 10 + (iso[i] - '0');
  }
  return v;
}

std::int64_t DayNumber(std::string_view iso) {
  return civil::DaysFromCivil(civil::Date{Field(iso, 0, 4), Field(iso, 5, 2), Field(iso, 8, 2)});
}

// True when `local` can be the same moment as the UTC time `utc` on the
// neighbouring day, as a page shows it in its own zone: a local time with
// the same minutes (zones are whole or half hours), or the URL's or a
// visible date when the UTC hour is near enough midnight for real zones.
bool IsLocalDayOf(const Candidate& local, const NormalizedDate& utc) {
  if (IsUtcTime(local.date)) return false;
  std::int64_t diff = DayNumber(local.date.iso) - DayNumber(utc.iso);
  if (diff != 1 && diff != -1) return false;
  int hour = Field(utc.iso, 11, 2);
  if (local.from_url) return diff == -1 ? hour < 9 : hour >= 14;
  // A visible day alone: only within a few hours of midnight (Europe, the
  // Americas), as a page's own day is too weak to move a time further.
  if (local.date.precision < DatePrecision::kHour) {
    return local.visible && (diff == -1 ? hour < 8 : hour >= 20);
  }
  if (local.date.precision < DatePrecision::kMinute) return false;
  int minute = Field(utc.iso, 14, 2);
  int local_minute = Field(local.date.iso, 14, 2);
  return minute >= 0 && (local_minute == minute || (local_minute + 30) % 60 == minute ||
                         (minute + 30) % 60 == local_minute);
}

// The first candidate; but a UTC time gives way to the same moment stated in
// the page's zone on the neighbouring day, which is the date readers see.
std::optional<NormalizedDate> PublishedDate(const Sources& src, std::string_view url) {
  std::vector<Candidate> candidates = PublishedCandidates(src, url);
  if (candidates.empty()) return std::nullopt;
  const NormalizedDate& first = candidates.front().date;
  // A URL's date is fixed when the page is created; a stated date far from it
  // (a migration, a re-save) is less likely the original publication.
  constexpr std::int64_t kUrlDateSlackDays = 7;
  for (const Candidate& c : candidates) {
    if (!c.from_url) continue;
    std::int64_t gap = DayNumber(c.date.iso) - DayNumber(first.iso);
    if (gap > kUrlDateSlackDays || gap < -kUrlDateSlackDays) return c.date;
  }
  if (candidates.front().ambiguous) {
    // Another statement of the same date the other way round settles it.
    std::string swapped =
        first.iso.substr(0, 5) + first.iso.substr(8, 2) + "-" + first.iso.substr(5, 2);
    for (const Candidate& c : candidates) {
      if (c.date.iso.compare(0, 10, swapped) == 0) return c.date;
    }
  }
  if (IsUtcTime(first)) {
    for (const Candidate& c : candidates) {
      if (IsLocalDayOf(c, first)) return c.date;
    }
  }
  return first;
}

std::optional<NormalizedDate> ModifiedDate(const Sources& src) {
  if (src.main) {
    if (auto d = Structured(src.main->date_modified, src)) return d;
  }
  for (std::string_view key : kModifiedMetas) {
    if (auto d = Structured(src.Meta(key), src)) return d;
  }
  for (const DateClue& c : src.scan.time_elements) {
    if (!c.modified) continue;
    if (auto d = Accept(DateFromText(c.text, src.dates), src)) return d;
  }
  return std::nullopt;
}

// "en_us" / "EN-us" / "en-US,fr" -> "en-US".
std::string Bcp47(std::string_view tag) {
  tag = Trim(tag.substr(0, tag.find_first_of(",; ")));
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

std::string Language(const Sources& src) {
  for (std::string_view v :
       {std::string_view(src.scan.html_lang), std::string_view(src.Meta("content-language")),
        std::string_view(src.Meta("language")), std::string_view(src.Meta("dc.language")),
        std::string_view(src.Meta("og:locale")),
        std::string_view(src.MainField(&JsonLdObject::in_language))}) {
    std::string tag = Bcp47(v);
    if (!tag.empty() && tag.size() <= 35) return tag;
  }
  return {};
}

// A title without the site's name around it: "Headline | Site", "Headline -
// Site", "Site: Headline". A part is removed only when it names the site
// (`site_name` or the URL's domain), or when what remains is the page's h1.
std::string StripSiteName(std::string_view title, std::string_view site_name, std::string_view url,
                          std::string_view h1) {
  title = Trim(title);
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
      std::string_view head = Trim(title.substr(0, pos));
      std::string_view tail = Trim(title.substr(pos + sep.size()));
      if (names_site(tail) || (!heading.empty() && Squash(head) == heading)) {
        return StripSiteName(head, site_name, url, h1);
      }
    }
    // Prefix: "Site: Headline", "Site | Headline" (the first separator).
    pos = title.find(sep);
    if (pos != std::string_view::npos && pos > 0) {
      std::string_view head = Trim(title.substr(0, pos));
      std::string_view tail = Trim(title.substr(pos + sep.size()));
      if (!tail.empty() && names_site(head)) return std::string(tail);
    }
  }
  return std::string(title);
}

// "By Jane Doe and John Roe, Staff" -> {"Jane Doe", "John Roe", "Staff"}.
void AddAuthorNames(std::string_view text, std::vector<std::string>* out) {
  std::string_view s = Trim(text);
  // "By Jane Doe", "Von: Jane Doe", "Door Jane Doe", ...
  for (std::string_view prefix : {"by", "von", "por", "par", "door", "di", "av", "af"}) {
    if (s.size() > prefix.size() + 1 && Lower(s.substr(0, prefix.size())) == prefix &&
        (s[prefix.size()] == ' ' || s[prefix.size()] == ':')) {
      s = Trim(s.substr(prefix.size() + 1));
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
    std::string_view name = Trim(part);
    while (!name.empty() && (name.back() == ',' || name.back() == ';' || name.back() == '|')) {
      name = Trim(name.substr(0, name.size() - 1));
    }
    if (name.empty() || name.size() > 80 || LooksLikeUrl(name)) continue;
    bool dup = false;
    for (const std::string& have : *out) dup = dup || Lower(have) == Lower(name);
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
  meta.language = Language(src);
  src.dates = dates;
  if (src.dates.language.empty()) src.dates.language = meta.language;

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
    if (Trim(v).empty()) continue;
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

  meta.published = PublishedDate(src, url);
  meta.modified = ModifiedDate(src);
  if (src.main) meta.article_body = src.main->article_body;
  return meta;
}

}  // namespace corpusd
