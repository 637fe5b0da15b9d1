#include "parsers/html/page_dates.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>
#include <utility>

#include "parsers/ascii.h"
#include "parsers/dates/date_civil.h"
#include "parsers/html/html_metadata_dates.h"

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
                                                "dc.issued",
                                                "dc.date.created",
                                                "dcterms.created",
                                                "dc.created",
                                                "dc.date.published",
                                                "datecreated",
                                                "article:post_date",
                                                "bt:pubdate",
                                                "displaydate",
                                                "uploaddate",
                                                "og:regdate"};

// Meta keys that may name any date of the page (a generic "date" is often the
// last change): weaker than a <time> marked as the publication.
constexpr std::string_view kWeakPublishedMetas[] = {"dc.date", "dcterms.date", "date", "created",
                                                    "creation_date"};

// A key of a site's own namespace that names the publication:
// "prefix:published", "prefix:uploaded", ...
bool HasPublishedSuffix(std::string_view key) {
  std::size_t colon = key.rfind(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  std::string_view last = key.substr(colon + 1);
  for (std::string_view s : {"published", "published_at", "published_time", "datepublished",
                             "date_published", "publishdate", "publish_date", "pubdate", "uploaded",
                             "upload_date", "created_at", "release_date"}) {
    if (last == s) return true;
  }
  return false;
}

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
                                               "dc.modified",
                                               "last-modified",
                                               "lastmodified",
                                               "last_modified",
                                               "lastmod",
                                               "dateupdated",
                                               "revised",
                                               "article:updated_time",
                                               "updated_time",
                                               "dateupdate"};

// JSON-LD types whose dates are never the page's.
bool IsSideType(std::string_view type) {
  for (std::string_view t : {"BreadcrumbList", "ListItem", "Organization", "NewsMediaOrganization",
                             "Person", "ImageObject", "VideoObject", "WebSite", "Comment",
                             "SiteNavigationElement", "Brand", "Place", "Event", "Offer"}) {
    if (type == t) return true;
  }
  return false;
}
// How a date is stated: as the publication (structured data, a meta tag, a
// <time> marked so), or only as some date on the page or in its URL.
enum class Stated { kAsPublication, kAsADate };

// Few pages on the web are older than this; a date before it that the page
// does not state as its publication is a date the text talks about (an
// anniversary, a birth, a copyright line) or a number that looks like one.
constexpr std::string_view kEarliestWebDay = "1995-01-01";

// A date worth keeping: day-precise at least, not after the bound, and not
// before the web unless stated as the publication.
std::optional<NormalizedDate> Accept(std::optional<NormalizedDate> d, const PageDateSources& src,
                                     Stated stated = Stated::kAsADate) {
  if (!d || d->precision < DatePrecision::kDay || d->iso.size() < 10) return std::nullopt;
  if (!src.not_after.empty() && d->iso.compare(0, 10, src.not_after) > 0) return std::nullopt;
  if (stated == Stated::kAsADate && d->iso.compare(0, 10, kEarliestWebDay) < 0) {
    return std::nullopt;
  }
  return d;
}

std::optional<NormalizedDate> Structured(std::string_view text, const PageDateSources& src) {
  if (text.empty()) return std::nullopt;
  return Accept(NormalizeDate(text, src.dates), src, Stated::kAsPublication);
}

// Where the first word of revision starts in a line that states a revision,
// not the publication ("Updated 8 June", "Letzte Änderung: ...", "mis à jour
// le ..."); npos for any other line (one that also says "published" states
// the publication).
std::size_t RevisionWordAt(std::string_view text) {
  // AsciiLowerCopy() folds ASCII only: words starting with other capitals are listed twice.
  std::string t = AsciiLowerCopy(text.substr(0, 200));
  for (std::string_view p : {"publi", "veröffentlicht", "erschienen", "posted", "yayın"}) {
    if (t.find(p) != std::string::npos) return std::string::npos;
  }
  std::size_t at = std::string::npos;
  for (std::string_view w :
       {"updated", "update:", "last modified", "aktualisiert", "änderung", "Änderung", "geändert",
        "modifié", "mis à jour", "actualizado", "actualización", "aggiornato", "bijgewerkt",
        "обновлено", "Обновлено", "zaktualizowano", "güncellen"}) {
    at = std::min(at, t.find(w));
  }
  return at;
}

bool SaysUpdated(std::string_view text) { return RevisionWordAt(text) != std::string::npos; }

// The date of a line: for one that states a revision, the date written
// before its word of revision ("June 12, 2020 / Updated: Aug. 18, 2020": the
// publication, as the revision follows it), or with `revision` that line's
// whole date; for any other line its date, unless only revisions are asked for.
std::optional<NormalizedDate> LineDate(std::string_view line, const DateContext& dates,
                                       bool revision = false) {
  const std::size_t at = RevisionWordAt(line);
  if (at == std::string::npos) return revision ? std::nullopt : DateFromText(line, dates);
  if (revision) return DateFromText(line, dates);
  if (at == 0) return std::nullopt;
  return DateFromText(line.substr(0, at), dates);
}

// Which clues FromClues() reads.
struct Wanted {
  bool published = false;   // only those stated as the publication
  bool in_article = false;  // only those inside the article
  bool items = false;       // those of a list's items (comments, teasers) instead of the rest
  // Only the lines that say "updated" (a last resort, as a revision date is
  // the nearest a page without any other date comes to one).
  bool revisions = false;
};

// The date of the clue nearest the headline, of the kind asked for (the
// first, on a page without a headline).
std::optional<NormalizedDate> FromClues(const std::vector<DateClue>& clues,
                                        const PageDateSources& src, Wanted wanted) {
  // The clues of the kind asked for, nearest the headline first (before or
  // after it; the earlier on a tie): a page shows its article's date next to
  // its title, and the masthead's "today", a teaser list or the comments'
  // dates further away. Only as many are read as it takes to find a date.
  std::vector<std::pair<std::size_t, const DateClue*>> order;  // (distance, clue)
  for (const DateClue& c : clues) {
    if (c.modified || c.in_item != wanted.items) continue;
    if (wanted.published && !c.published) continue;
    if (wanted.in_article && !c.in_article) continue;
    std::size_t distance = 0;  // without a headline, in the page's order
    if (src.scan.headline_at) {
      const std::size_t headline = *src.scan.headline_at;
      distance = c.at > headline ? c.at - headline : headline - c.at;
    }
    order.emplace_back(distance, &c);
  }
  std::stable_sort(order.begin(), order.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [distance, clue] : order) {
    const DateClue& c = *clue;
    const Stated stated = c.published ? Stated::kAsPublication : Stated::kAsADate;
    if (auto d = Accept(LineDate(c.text, src.dates, wanted.revisions), src, stated)) return d;
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
  text = TrimAsciiWhitespace(text);
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

std::vector<Candidate> PublishedCandidates(const PageDateSources& src) {
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
    add(Structured(src.scan.Meta(key), src));
    if (out.size() > before) out.back().ambiguous = IsAmbiguousNumeric(src.scan.Meta(key));
  };
  for (std::string_view key : kPublishedMetas) add_meta(key);
  add_visible(FromClues(src.scan.time_elements, src, {.published = true}));
  for (std::string_view key : kWeakPublishedMetas) add_meta(key);
  // A site's own vocabulary in the Open Graph style ("five_hundred_pixels:uploaded").
  for (const auto& [key, value] : src.scan.metas) {
    if (HasPublishedSuffix(key)) add(Structured(value, src));
  }
  for (const JsonLdObject& o : src.json_ld) {
    if (IsSideType(o.type) || o.depth > 0) continue;
    add(Structured(o.date_published, src));
  }
  // The page's own address: where it was fetched from, else the address it
  // names for itself (a saved page in a drop folder keeps its canonical URL).
  std::optional<NormalizedDate> url_day = Accept(DateFromUrl(src.url), src);
  if (!url_day) url_day = Accept(DateFromUrl(src.scan.canonical), src);
  if (!url_day) url_day = Accept(DateFromUrl(src.scan.Meta("og:url")), src);
  add(std::move(url_day), /*from_url=*/true);
  add_visible(FromClues(src.scan.time_elements, src, {.in_article = true}));
  add_visible(FromClues(src.scan.date_elements, src, {.published = true}));
  add_visible(FromClues(src.scan.date_elements, src, {.in_article = true}));
  add_visible(FromClues(src.scan.time_elements, src, {}));
  add_visible(FromClues(src.scan.date_elements, src, {}));
  const auto& texts = src.scan.short_texts;
  // A sentence anywhere in the page's text that says when it was published,
  // as blog themes write in the post's footer ("This entry was posted on
  // ..."): it names what its date is, where a line near the headline may be
  // a comment's or a teaser's.
  for (const std::string& line : texts) {
    // Few lines state a publication: the revision test only for those.
    if (auto d = Accept(DateFromPublicationSentence(line, src.dates), src);
        d && !SaysUpdated(line)) {
      add_visible(std::move(d));
      return out;
    }
  }
  // Date lines near the headline, nearest first: right below it ("Published
  // 7 June 2020"), or right above it (a dateline over the headline, or a
  // date in the headline's own line), which gives way to a line below at
  // the same distance. Counted in the page's lines, with or without a digit:
  // a teaser's date thirty lines down is further than the line over the
  // headline.
  constexpr std::size_t kLinesAfterHeadline = 30;
  constexpr std::size_t kLinesBeforeHeadline = 3;
  constexpr std::size_t kAbovePenalty = 1;
  const std::size_t first_after = src.scan.first_text_after_headline;
  const std::size_t headline_end = src.scan.lines_to_headline_end;
  const auto& lines = src.scan.short_text_lines;
  std::vector<std::pair<std::size_t, std::size_t>> near;  // (distance, index of the text)
  for (std::size_t i = first_after; i < texts.size() && i < first_after + kLinesAfterHeadline;
       ++i) {
    near.emplace_back(lines[i] + 1 - headline_end, i);
  }
  for (std::size_t i = first_after, n = 0; i > 0 && n < kLinesBeforeHeadline; --i, ++n) {
    near.emplace_back(headline_end - lines[i - 1] + kAbovePenalty, i - 1);
  }
  std::stable_sort(near.begin(), near.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [distance, i] : near) {
    std::optional<NormalizedDate> d = i >= first_after ? LineDate(texts[i], src.dates)
                                                       : DateFromText(texts[i], src.dates);
    if (auto accepted = Accept(std::move(d), src)) {
      add_visible(std::move(accepted));
      return out;
    }
  }
  // The date of a list's item: a comment's or a teaser's, the nearest
  // the page comes to its own.
  add_visible(FromClues(src.scan.time_elements, src, {.items = true}));
  add_visible(FromClues(src.scan.date_elements, src, {.items = true}));
  // The day in the path of the page's picture ("/files/2016/05/04/cover.png"):
  // pictures are uploaded for the article.
  add(Accept(DateFromUrl(src.scan.Meta("og:image")), src));
  // Last resort: a visible revision date ("Aktualisiert: 30.12.2016"), in a
  // date element, else on a line of its own ("Last updated: 2020/05/05").
  add_visible(FromClues(src.scan.date_elements, src, {.revisions = true}));
  for (const std::string& line : texts) {
    if (!out.empty()) break;
    if (SaysUpdated(line)) add_visible(Accept(DateFromText(line, src.dates), src));
  }
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
}  // namespace

std::optional<NormalizedDate> PublishedDate(const PageDateSources& src) {
  std::vector<Candidate> candidates = PublishedCandidates(src);
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
  // Statements for machines that disagree (a JSON-LD date three days before
  // the Open Graph one, a stale `pubdate` beside Dublin Core's): the one the
  // page also shows its readers wins, as the date a reader would cite.
  if (!candidates.front().visible) {
    auto shown = [&](const NormalizedDate& d) {
      return std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& c) {
        return c.visible && c.date.iso.compare(0, 10, d.iso, 0, 10) == 0;
      });
    };
    if (!shown(first)) {
      for (const Candidate& c : candidates) {
        if (c.visible || c.from_url || c.date.iso.compare(0, 10, first.iso, 0, 10) == 0) continue;
        if (shown(c.date)) return c.date;
      }
    }
  }
  return first;
}

bool StatesPublicationForMachines(const PageDateSources& src) {
  if (src.main && Structured(src.main->date_published, src)) return true;
  for (std::string_view key : kPublishedMetas) {
    if (Structured(src.scan.Meta(key), src)) return true;
  }
  return false;
}

std::optional<NormalizedDate> ModifiedDate(const PageDateSources& src) {
  if (src.main) {
    if (auto d = Structured(src.main->date_modified, src)) return d;
  }
  for (std::string_view key : kModifiedMetas) {
    if (auto d = Structured(src.scan.Meta(key), src)) return d;
  }
  for (const DateClue& c : src.scan.time_elements) {
    if (!c.modified) continue;
    if (auto d = Accept(DateFromText(c.text, src.dates), src)) return d;
  }
  return std::nullopt;
}

}  // namespace corpusd
