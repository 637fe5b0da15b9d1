#include "parsers/html/html_metadata.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "parsers/html/html_document.h"

namespace corpusd {
namespace {

using Names = std::vector<std::string>;

HtmlMetadata Extract(std::string html, std::string_view url = "", DateContext dates = {}) {
  HtmlDocument doc(std::move(html));
  return ExtractHtmlMetadata(doc, url, dates);
}

std::string Published(std::string html, std::string_view url = "") {
  HtmlMetadata m = Extract(std::move(html), url);
  return m.published ? m.published->iso : "-";
}

// --- publication date: each source -----------------------------------------

TEST(HtmlMetadataDateTest, OpenGraphArticlePublishedTime) {
  EXPECT_EQ(
      Published(R"(<meta property="article:published_time" content="2020-06-07T10:42:00+02:00">)"),
      "2020-06-07T10:42:00+02:00");
}

TEST(HtmlMetadataDateTest, MetaNamesOfOtherVocabularies) {
  for (const char* name : {"pubdate", "publishdate", "date", "DC.date.issued", "dcterms.created",
                           "sailthru.date", "parsely-pub-date", "citation_publication_date"}) {
    EXPECT_EQ(Published(std::string("<meta name=\"") + name + "\" content=\"2020-06-07\">"),
              "2020-06-07")
        << name;
  }
}

TEST(HtmlMetadataDateTest, ItempropDatePublishedOnMetaAndElements) {
  EXPECT_EQ(
      Published(R"(<div itemscope><meta itemprop="datePublished" content="2020-06-07"></div>)"),
      "2020-06-07");
  EXPECT_EQ(Published(R"(<span itemprop="datePublished">2020-06-07</span>)"), "2020-06-07");
}

TEST(HtmlMetadataDateTest, JsonLdArticleDatePublished) {
  EXPECT_EQ(Published(R"(<script type="application/ld+json">
      {"@context": "https://schema.org", "@type": "NewsArticle",
       "datePublished": "2020-06-07T08:00:00Z"}</script>)"),
            "2020-06-07T08:00:00Z");
}

TEST(HtmlMetadataDateTest, TimeElementWithPubdateOrInArticleHeader) {
  EXPECT_EQ(Published(R"(<time pubdate datetime="2020-06-07">7 June</time>)"), "2020-06-07");
  EXPECT_EQ(Published(R"(<article><header><h1>T</h1><time datetime="2020-06-07">x</time>
      </header></article>)"),
            "2020-06-07");
}

TEST(HtmlMetadataDateTest, TimeElementsInCommentsAreNotThePagesDate) {
  EXPECT_EQ(Published(R"(<body><article><h1>Title</h1><p>Text</p></article>
      <div class="comments"><time datetime="2021-01-01">Jan 1</time></div></body>)"),
            "-");
}

TEST(HtmlMetadataDateTest, UrlDatePatterns) {
  EXPECT_EQ(Published("<p>x</p>", "https://example.com/2020/06/07/story.html"), "2020-06-07");
  EXPECT_EQ(Published("<p>x</p>", "https://example.com/news/20200607/story"), "2020-06-07");
  EXPECT_EQ(Published("<p>x</p>", "https://example.com/news/story-2020-06-07.html"), "2020-06-07");
  // Month-only paths and impossible days are no dates; the host is never read.
  EXPECT_EQ(Published("<p>x</p>", "https://example.com/2020/06/story.html"), "-");
  EXPECT_EQ(Published("<p>x</p>", "https://example.com/2020/02/30/story.html"), "-");
  EXPECT_EQ(Published("<p>x</p>", "https://20200607.example.com/story"), "-");
}

TEST(HtmlMetadataDateTest, VisibleDateLineBelowTheHeadline) {
  EXPECT_EQ(Published("<body><h1>Headline</h1><p>Published 7 June 2020</p><p>Text.</p></body>"),
            "2020-06-07");
  EXPECT_EQ(Published(R"(<body><h1>Headline</h1><div class="meta">By Jane Doe |
      <span>June 7, 2020</span></div></body>)"),
            "2020-06-07");
}

// Before the web, a date is one the text talks about, unless the page states
// it as its publication (an archive's scanned article).
TEST(HtmlMetadataDateTest, DatesBeforeTheWebCountOnlyWhenStatedAsThePublication) {
  EXPECT_EQ(Published("<body><h1>Headline</h1><p>9 November 1989</p><p>The Wall fell.</p></body>"),
            "-");
  EXPECT_EQ(Published("<body><p>Text.</p></body>", "https://example.com/1989/11/09/wall"), "-");
  EXPECT_EQ(Published(R"(<meta property="article:published_time" content="1989-11-10">)"),
            "1989-11-10");
}

// Machine-readable dates that disagree: the one the page shows its readers
// wins; with nothing shown, the most explicit one stays.
TEST(HtmlMetadataDateTest, WhenMetadataDisagreesTheDateShownToReadersWins) {
  const std::string head =
      R"(<head><script type="application/ld+json">{"@type": "NewsArticle",
      "headline": "Headline", "datePublished": "2023-11-03T10:25:56+00:00"}</script>
      <meta property="article:published_time" content="2023-11-06T14:25:00+00:00"></head>)";
  EXPECT_EQ(Published("<html>" + head +
                      "<body><h1>Headline</h1><p>6. November 2023, 15:25 Uhr</p><p>Text.</p>"
                      "</body></html>"),
            "2023-11-06T14:25:00+00:00");
  EXPECT_EQ(Published("<html>" + head + "<body><h1>Headline</h1><p>Text.</p></body></html>"),
            "2023-11-03T10:25:56+00:00");
  // Shown as the first one: it stays.
  EXPECT_EQ(Published("<html>" + head +
                      "<body><h1>Headline</h1><p>3. November 2023</p><p>Text.</p></body></html>"),
            "2023-11-03T10:25:56+00:00");
}

TEST(HtmlMetadataDateTest, DateLineAboveTheHeadlineAndBarSeparatedDates) {
  EXPECT_EQ(Published("<body><p>24. April 2020 | Pressemitteilungen</p><h1>Headline</h1>"
                      "<p>Text without dates.</p></body>"),
            "2020-04-24");
  EXPECT_EQ(Published(R"(<body><h1>Headline</h1><div class="date">26 | 01 | 2022</div></body>)"),
            "2022-01-26");
}

TEST(HtmlMetadataDateTest, TheDateLineNearestTheHeadlineAboveOrBelowIt) {
  // A kicker's date right over the headline is nearer than a teaser's date
  // further down, which the lines below the headline used to reach first.
  const std::string teasers =
      "<p>An abstract without dates.</p><p>More text.</p><p>And more.</p>"
      "<div><a>Wochenende in Wien 12.10. - 15.10.2023</a></div>";
  EXPECT_EQ(Published("<html lang=\"de\"><body><div><img></div><div>Party, 30.10.23</div>"
                      "<h1>Last-Minute-Halloween-Kostüme</h1>" + teasers + "</body></html>"),
            "2023-10-30");
  // At the same distance, the line below wins.
  EXPECT_EQ(Published("<body><p>Monday, 3 May 2021</p><h1>Headline</h1><p>4 May 2021</p>"
                      "<p>Text.</p></body>"),
            "2021-05-04");
  // Without a date near the headline, the teaser's is still the last resort.
  EXPECT_EQ(Published("<html lang=\"de\"><body><h1>Last-Minute-Halloween-Kostüme</h1>" + teasers +
                      "</body></html>"),
            "2023-10-15");
}

TEST(HtmlMetadataDateTest, AListItemsArticleIsACommentOrATeaser) {
  // WordPress's comments, stripped of their classes: each an <article> in
  // an <li>, whose <time> is the comment's, not the post's.
  const std::string post =
      "<html lang=\"de\"><body><article><h1>RES158 Sternfusion</h1><p>Eine Folge über "
      "Teilchenbeschleuniger.</p><p>Veröffentlicht am 16.08.2019</p></article><ol><li><article>"
      "<footer><b>Peter</b> sagt:<time datetime=\"2019-08-24T03:36:11+02:00\">24. August 2019"
      "</time></footer><p>Tolle Folge!</p></article></li></ol></body></html>";
  EXPECT_EQ(Published(post), "2019-08-16");
  // Where the page has no other date, the item's is the nearest to one.
  EXPECT_EQ(Published("<body><h1>Headline</h1><p>Text.</p><ul><li><article><time "
                      "datetime=\"2019-08-24\">24 August</time></article></li></ul></body>"),
            "2019-08-24");
}

TEST(HtmlMetadataDateTest, UpdatedLinesAreALastResort) {
  EXPECT_EQ(Published(R"(<html lang="de"><body><h1>H</h1><p>Letzte Änderung: 31.10.2023</p>
      <p>Erschienen am: 01.11.2023</p></body></html>)"),
            "2023-11-01");
  EXPECT_EQ(Published(R"(<html lang="de"><body><h1>H</h1>
      <div class="date">Aktualisiert: 30.12.2016</div></body></html>)"),
            "2016-12-30");
}

TEST(HtmlMetadataDateTest, PageLanguageReadsMonthNames) {
  EXPECT_EQ(Published(R"(<html lang="de"><body><h1>Titel</h1>
      <p class="datum">7. Juni 2020</p></body></html>)"),
            "2020-06-07");
}

// --- publication date: priorities ------------------------------------------

TEST(HtmlMetadataDateTest, JsonLdArticleBeatsBreadcrumbAndOrganization) {
  EXPECT_EQ(Published(R"(<script type="application/ld+json">
      [{"@type": "BreadcrumbList", "datePublished": "2019-01-01"},
       {"@type": "Organization", "datePublished": "2018-01-01"},
       {"@type": "NewsArticle", "datePublished": "2020-06-07"}]</script>)"),
            "2020-06-07");
}

TEST(HtmlMetadataDateTest, PublishedBeatsModified) {
  HtmlMetadata m = Extract(R"(<meta property="article:modified_time" content="2021-01-01">
      <meta property="article:published_time" content="2020-06-07">)");
  ASSERT_TRUE(m.published && m.modified);
  EXPECT_EQ(m.published->iso, "2020-06-07");
  EXPECT_EQ(m.modified->iso, "2021-01-01");
}

TEST(HtmlMetadataDateTest, ModifiedIsTheLastResortForThePublication) {
  HtmlMetadata m = Extract(R"(<meta property="og:updated_time" content="2020-01-20T10:09:41+08:00">
      <h1>Headline</h1><p>No date written anywhere on the page.</p>)");
  ASSERT_TRUE(m.published && m.modified);
  EXPECT_EQ(m.published->iso, "2020-01-20T10:09:41+08:00");
  EXPECT_EQ(m.modified->iso, "2020-01-20T10:09:41+08:00");
}

TEST(HtmlMetadataDateTest, SiteOwnVocabularyAndUploadDate) {
  EXPECT_EQ(Published(R"(<meta content="2013-02-16T04:36:36-05:00"
                            property="five_hundred_pixels:uploaded">)"),
            "2013-02-16T04:36:36-05:00");
  EXPECT_EQ(Published(R"(<meta itemprop="uploadDate" content="2013-02-16">)"), "2013-02-16");
  // Other keys of such a namespace are not the publication.
  EXPECT_EQ(Published(R"(<meta property="five_hundred_pixels:taken" content="2013-02-16">)"), "-");
}

TEST(HtmlMetadataDateTest, DayInThePicturePathIsAWeakClue) {
  EXPECT_EQ(Published(R"(<meta property="og:image" content="https://e.org/files/2016/05/04/a.png">
                         <h1>Report</h1><p>Text.</p>)"),
            "2016-05-04");
  // Anything the page states itself is stronger.
  EXPECT_EQ(Published(R"(<meta property="og:image" content="https://e.org/files/2016/05/04/a.png">
                         <h1>Report</h1><p>7 June 2020</p>)"),
            "2020-06-07");
}

TEST(HtmlMetadataDateTest, PageWideLayoutClassDoesNotHideTheDate) {
  // "Sidebar" in the class of the element around the whole page.
  for (const char* cls : {"layoutTwoColumnsRightSidebar", "iz-pagebody--wsidebar"}) {
    std::string html = std::string(R"(<body><div class=")") + cls + R"(">
        <h1>Headline</h1><time class="entry-date published" datetime="2021-11-19">19.11.2021</time>
        <p>Article text.</p></div></body>)";
    EXPECT_EQ(Published(html), "2021-11-19") << cls;
  }
  // A forum thread: the posts are "comments", the first one dates the page.
  EXPECT_EQ(Published(R"(<main><h2>Question</h2>
      <div class="comment"><span class="time">28.09.19 12:44</span>Hello, has anyone got an
        idea why the store no longer loads over mobile data since the update?</div>
      <div class="comment"><span class="time">29.09.19 13:39</span>Same here, it works over
        wifi only and I have no idea what else to try after resetting everything.</div></main>)"),
            "2019-09-28T12:44:00");
  // A real sidebar's dates stay out when the page has its own.
  EXPECT_EQ(Published(R"(<div class="sidebar"><time datetime="2021-01-01">1.1.2021</time></div>
      <article><h1>H</h1><time datetime="2021-11-19">19.11.2021</time></article>)"),
            "2021-11-19");
}

TEST(HtmlMetadataDateTest, UpdatedTimeElementIsNotThePublicationDate) {
  HtmlMetadata m = Extract(R"(<article><time class="updated" datetime="2021-01-01">u</time>
      <time class="published" datetime="2020-06-07">p</time></article>)");
  ASSERT_TRUE(m.published);
  EXPECT_EQ(m.published->iso, "2020-06-07");
}

TEST(HtmlMetadataDateTest, MetaBeatsUrlAndUrlBeatsVisibleText) {
  EXPECT_EQ(
      Published(R"(<meta name="date" content="2019-01-03">)", "https://example.com/2019/01/02/x"),
      "2019-01-03");
  EXPECT_EQ(Published("<h1>H</h1><p>3 May 2018</p>", "https://example.com/2019/01/02/x"),
            "2019-01-02");
}

TEST(HtmlMetadataDateTest, UrlDateWinsOverAStatedDateFarFromIt) {
  // A re-saved or migrated page: the URL keeps the original day.
  EXPECT_EQ(Published(R"(<meta itemprop="datePublished" content="2019-06-17T18:28:00+0200">)",
                      "https://example.com/home/2017/7/12/story"),
            "2017-07-12");
}

TEST(HtmlMetadataDateTest, UtcTimeGivesWayToTheSameMomentInTheLocalDay) {
  // 01:49 UTC on the 9th is 17:49 on the 8th in California.
  EXPECT_EQ(Published(R"(<script type="application/ld+json">
      {"@type": "NewsArticle", "datePublished": "2023-11-09T01:49:09Z"}</script>
      <script type="application/ld+json">
      {"@type": "WebPage", "datePublished": "2023-11-08 17:49:09"}</script>)"),
            "2023-11-08T17:49:09");
}

TEST(HtmlMetadataDateTest, UtcTimeNearMidnightGivesWayToTheVisibleDay) {
  // 23:00 UTC is already the 5th in Central Europe, as the page shows.
  EXPECT_EQ(Published(R"(<meta property="article:published_time" content="2021-11-04T23:00Z">
      <h1>H</h1><div class="date">5. November 2021</div>)"),
            "2021-11-05");
  // 15:27 UTC is the same day almost everywhere: the visible date of some
  // other item does not move it.
  EXPECT_EQ(Published(R"(<meta property="article:published_time" content="2023-11-02T15:27:17Z">
      <h1>H</h1><div class="date">3 November 2023</div>)"),
            "2023-11-02T15:27:17Z");
}

TEST(HtmlMetadataDateTest, AmbiguousNumericMetaDateSettledByTheVisibleDate) {
  // "11/01/2023" on a German page reads day-first, but the page shows 1 November.
  EXPECT_EQ(Published(R"(<html lang="de"><meta name="pubdate" content="11/01/2023 12:43:42">
      <h1>H</h1><p>Erstellt am: 01.11.2023</p></html>)"),
            "2023-11-01");
}

TEST(HtmlMetadataDateTest, GenericDateMetaIsWeakerThanMarkedPublicationTime) {
  EXPECT_EQ(Published(R"(<meta name="date" content="2022-01-21T15:38:44+01:00">
      <time itemprop="datePublished" datetime="2022-01-27">27.01.2022</time>)"),
            "2022-01-27");
}

TEST(HtmlMetadataDateTest, DateInsideASentenceIsNotADateLine) {
  EXPECT_EQ(Published("<h1>H</h1><p>A satellite image of St. Moritz taken on 31.05.2021 (left) "
                      "and the snow classification derived from it (right)</p>"),
            "-");
}

TEST(HtmlMetadataDateTest, PublicationSentenceInThePostFooterNamesThePostsDate) {
  const std::string body =
      "<h1>H</h1><p>Some text about a robot, written in 2015.</p>"
      "<p>More text with 38 numbers and 1000 values in it.</p>";
  EXPECT_EQ(
      Published(body + "<div class=post-footer>This entry was posted on Monday, December 14th, "
                       "2015 at 2:48 pm and is filed under Arduino, Infrared, Robots. You can "
                       "follow any responses to this entry through the RSS 2.0 feed.</div>"),
      "2015-12-14");
  EXPECT_EQ(
      Published(body + "<div class=post-footer>Dieser Artikel wurde am 14. Dezember 2015 um 14:48 "
                       "von <a href=/author/>Heiner</a> geschrieben und unter dem Stichwort "
                       "Arduino, Infrarot LED, in die Kategorie Arduino eingeordnet.</div>"),
      "2015-12-14");
  // A sentence that does not say "published" stays a sentence about the text.
  EXPECT_EQ(Published(body + "<p>The robot was first shown on 14 December 2015 at a fair in "
                             "Hanover, where it cleaned the floor of a whole hall.</p>"),
            "-");
  // The original date, not the revision's; a stated publication still wins.
  EXPECT_EQ(Published(body + "<p>This entry was posted on 14 December 2015 and updated on 2 "
                             "January 2016 to fix a link in the second part of it.</p>"),
            "2015-12-14");
  EXPECT_EQ(Published(R"(<meta property="article:published_time" content="2015-12-10">)" + body +
                      "<p>This entry was posted on 14 December 2015 in Arduino.</p>"),
            "2015-12-10");
  // It names what its date is: a line near the headline may be a comment's.
  const HtmlMetadata commented = Extract(
      "<h1>H</h1><p>A short post about a robot.</p><div>Dieser Artikel wurde am 14. Dezember "
      "2015 um 14:48 von <a>Heiner</a> geschrieben und unter dem Stichwort <a>Arduino</a> in "
      "die Kategorie Arduino eingeordnet.</div><h3>9 comments</h3><ol>"
      "<li><div><cite>Anna</cite> says:</div><div><a>15. Dezember 2015 at 11:21</a>"
      "</div><p>Great post!</p></li></ol>",
      "", {"de", ""});
  ASSERT_TRUE(commented.published);
  EXPECT_EQ(commented.published->iso, "2015-12-14");
}

TEST(HtmlMetadataDateTest, RdfaDatesOnAnyElementAsDrupalWritesThem) {
  EXPECT_EQ(Published(R"(<h1>H</h1><span property="dc:date dc:created"
      content="2020-06-07T10:00:00+02:00" datatype="xsd:dateTime">Sun, 06/07/2020 - 10:00</span>)"),
            "2020-06-07T10:00:00+02:00");
  EXPECT_EQ(Published(R"(<h1>H</h1><div class="submitted">Submitted by admin on Sun, 06/07/2020
      - 10:00</div>)"),
            "2020-06-07T10:00:00");
}

TEST(HtmlMetadataDateTest, ALineWithTheRevisionFirstGivesThePublication) {
  EXPECT_EQ(Published(R"(<h1>H</h1><div class="article-date">Updated: 9 June 2020 |
      Published: 7 June 2020</div>)"),
            "2020-06-07");
  EXPECT_EQ(Published(R"(<h1>H</h1><div class="article-date">Published: 7 June 2020 |
      Updated: 9 June 2020</div>)"),
            "2020-06-07");
  // "Public" is no publication: the line's only date is all there is.
  EXPECT_EQ(Published(R"(<h1>H</h1><div class="article-date">Updated 9 June 2020 in Public
      Health</div>)"),
            "2020-06-09");
}

TEST(HtmlMetadataDateTest, TheDateBeforeTheWordUpdatedIsThePublication) {
  // In a line below the headline, and in a date element.
  EXPECT_EQ(Published(R"(<h1>Headline</h1><p>By Cat / June 12, 2020 9:49 am / Updated: Aug. 18,
      2020 4:17 pm</p>)"),
            "2020-06-12T09:49:00");
  EXPECT_EQ(Published(R"(<h1>Headline</h1><div class="date">12.06.2020, aktualisiert
      18.08.2020</div>)"),
            "2020-06-12");
}

TEST(HtmlMetadataDateTest, AClassNamingADateWinsOverTheBylineItSitsIn) {
  HtmlMetadata m = Extract(R"(<h1>Headline</h1><div class="byline-container">
      <a class="byline-author" href="/cat">Cat Lafuente</a>
      <span class="byline-timestamp">June 12, 2020 9:49 am EST</span>
      <span class="byline-timestamp">Updated: Aug. 18, 2020 4:17 pm EST</span></div>
      <p>A sentence of the article, long enough to be one.</p>)");
  ASSERT_TRUE(m.published);
  EXPECT_EQ(m.published->iso.substr(0, 10), "2020-06-12");
  EXPECT_EQ(m.authors, Names{"Cat Lafuente"});
  // A class naming the author too stays the byline's; its date names nobody.
  HtmlMetadata both = Extract(R"(<h1>Headline</h1><p class="date-author">Janic Cathomen,
      01.12.2021</p><p>A sentence of the article, long enough to be one.</p>)");
  EXPECT_EQ(both.authors, Names{"Janic Cathomen"});
  ASSERT_TRUE(both.published);
  EXPECT_EQ(both.published->iso, "2021-12-01");
}

TEST(HtmlMetadataDateTest, AnAsideInsideTheArticleHoldsItsDate) {
  EXPECT_EQ(Published(R"(<main><div class="articles"><h1>Headline</h1>
      <aside class="author"><span>Jeanne</span><time datetime="2020-02-19">19 février 2020</time>
      </aside><p>Text.</p></div></main>)"),
            "2020-02-19");
  // Outside an article, an <aside> is the page's sidebar.
  EXPECT_EQ(Published(R"(<aside><time datetime="2020-02-19">19 février 2020</time></aside>
      <h1>Headline</h1><p>Text.</p>)"),
            "-");
}

TEST(HtmlMetadataDateTest, TheDateNearestTheHeadlineWins) {
  // The masthead's "today" above, the article's date below the headline.
  EXPECT_EQ(Published(R"(<header><div class="top-date">Monday, October 12, 2020</div>
      <ul><li>News</li><li>Politics</li><li>Business</li><li>Sports and everything</li></ul>
      </header><h1>A headline about the court</h1><div class="post-date">August 14, 2020</div>
      <p>Text.</p>)"),
            "2020-08-14");
  // A teaser list before the article.
  EXPECT_EQ(Published(R"(<div class="teasers"><div class="date">05/12/2020 - 15:10</div>
      <div class="date">04/12/2020 - 12:20</div></div><p>A few words between the teasers and
      the headline.</p><h1>The real headline</h1><div class="date">06/12/2020 - 07:32</div>)"),
            "2020-12-06T07:32:00");
}

TEST(HtmlMetadataDateTest, TheHeadlineIsTheHeadingTheTitleNames) {
  // The first <h1> is the section's name; the headline is an <h2>.
  EXPECT_EQ(Published(R"(<title>A surprising farewell to the coach | Daily</title>
      <h1>Football</h1><div class="region"><h2>Minute by minute</h2>
      <div class="date">05/12/2020 - 15:10</div><div class="date">04/12/2020 - 12:20</div>
      <div class="date">03/12/2020 - 17:46</div></div><p>Many words of the region's teasers,
      one after another, long enough to push the article down the page.</p>
      <h2><a href="/x">A surprising farewell to the coach</a></h2>
      <div class="date">Sunday, December 6, 2020 - 07:32</div><p>Text.</p>)"),
            "2020-12-06T07:32:00");
}

TEST(HtmlMetadataDateTest, HeadlineInsideALayoutClassTakesTheDatesAroundIt) {
  // The layout's class says "sidebar", so the first look skips the article;
  // the teaser list outside it must not date the page.
  EXPECT_EQ(Published(R"(<body><div class="container layout-right-sidebar"><article>
      <h1>Headline</h1><time class="post-published" datetime="2020-07-23T15:04:09-04:00">Jul 23,
      2020</time><p>Text.</p></article></div>
      <div class="more-stories"><div class="post"><time class="post-published"
      datetime="2020-07-21T16:36:34-04:00">Jul 21, 2020</time></div></div></body>)"),
            "2020-07-23T15:04:09-04:00");
}

TEST(HtmlMetadataDateTest, NumericDatesOrderedByTheRegionTheLanguageOrDomainNames) {
  const std::string page = R"(<h1>Headline</h1><div class="date">02/11/2023 02:00pm</div>)";
  EXPECT_EQ(Published("<html lang=en>" + page), "2023-02-11T14:00:00");
  EXPECT_EQ(Published("<html lang=en-GB>" + page), "2023-11-02T14:00:00");
  // A later statement of the same language names the region.
  EXPECT_EQ(Published(R"(<html lang=en><meta property="og:locale" content="en_GB">)" + page),
            "2023-11-02T14:00:00");
  // An English-speaking country's domain that writes the day first.
  EXPECT_EQ(Published("<html lang=en>" + page, "https://www.example.co.uk/news/a"),
            "2023-11-02T14:00:00");
  EXPECT_EQ(Published("<html lang=en>" + page, "https://example.io/news/a"),
            "2023-02-11T14:00:00");
  EXPECT_EQ(Published("<html lang=en-US>" + page, "https://www.example.co.uk/news/a"),
            "2023-02-11T14:00:00");
}

TEST(HtmlMetadataDateTest, DatesWrittenInArabicIndicDigits) {
  EXPECT_EQ(Published(R"(<html lang="ar"><h1>Headline</h1><div class="date">١٥ يناير ٢٠٢٠</div>)"),
            "2020-01-15");
  EXPECT_EQ(Published(R"(<html lang="fa"><h1>Headline</h1><p>۱۵ ژانویه ۲۰۲۰</p>)"), "2020-01-15");
}

TEST(HtmlMetadataDateTest, NotAfterBoundRefusesLaterDates) {
  HtmlDocument doc(R"(<meta property="article:published_time" content="2031-01-01">
      <meta name="date" content="2020-06-07">)");
  HtmlMetadataOptions options;
  options.not_after = "2025-01-01";
  HtmlMetadata m = ExtractHtmlMetadata(doc, "", {}, options);
  ASSERT_TRUE(m.published);
  EXPECT_EQ(m.published->iso, "2020-06-07");
}

// --- JSON-LD shapes ---------------------------------------------------------

TEST(HtmlMetadataJsonLdTest, GraphAndNestedAuthorsAndPublisher) {
  HtmlMetadata m = Extract(R"(<script type="application/ld+json">
      {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Example News"},
        {"@type": ["Article", "NewsArticle"], "headline": "The Headline",
         "datePublished": "2020-06-07", "dateModified": "2020-06-08",
         "author": [{"@type": "Person", "name": "Jane Doe"}, {"name": "John Roe"}],
         "publisher": {"@type": "Organization", "name": "Example News"},
         "articleBody": "Body text."}]}</script>)");
  EXPECT_EQ(m.title, "The Headline");
  EXPECT_EQ(m.authors, (Names{"Jane Doe", "John Roe"}));
  EXPECT_EQ(m.site_name, "Example News");
  EXPECT_EQ(m.article_body, "Body text.");
  ASSERT_TRUE(m.published && m.modified);
  EXPECT_EQ(m.published->iso, "2020-06-07");
  EXPECT_EQ(m.modified->iso, "2020-06-08");
}

TEST(HtmlMetadataJsonLdTest, AuthorAsStringOrObject) {
  EXPECT_EQ(Extract(R"(<script type="application/ld+json">
      {"@type": "BlogPosting", "author": "Jane Doe"}</script>)")
                .authors,
            (Names{"Jane Doe"}));
  EXPECT_EQ(Extract(R"(<script type="application/ld+json">
      {"@type": "BlogPosting", "author": {"@type": "Person", "name": "Jane Doe"}}</script>)")
                .authors,
            (Names{"Jane Doe"}));
}

TEST(HtmlMetadataJsonLdTest, BrokenJsonLdIsRepairedOrSkipped) {
  // Comment wrapper, trailing commas and a raw newline inside a string.
  EXPECT_EQ(Published("<script type=\"application/ld+json\"><!--\n"
                      "{\"@type\": \"NewsArticle\", \"headline\": \"a\nb\",\n"
                      " \"datePublished\": \"2020-06-07\",}\n-->"
                      "</script>"),
            "2020-06-07");
  EXPECT_EQ(Published("<script type=\"application/ld+json\">//<![CDATA[\n"
                      "{\"@type\": \"NewsArticle\", \"datePublished\": \"2020-06-07\"}\n//]]>"
                      "</script>"),
            "2020-06-07");
  // Beyond repair: skipped, and the other sources still count.
  EXPECT_EQ(Published(R"(<script type="application/ld+json">{"@type": "NewsArticle", "date</script>
      <meta name="date" content="2020-06-07">)"),
            "2020-06-07");
  EXPECT_EQ(Published(R"(<script type="application/ld+json">[[[[{}}}}</script>)"), "-");
}

TEST(HtmlMetadataJsonLdTest, WrongValueTypesNeverThrow) {
  HtmlMetadata m = Extract(R"(<script type="application/ld+json">
      {"@type": 5, "x": {"@type": "NewsArticle", "datePublished": 20200607,
       "author": [[1], null, true, {"name": ["Jane Doe"]}], "headline": {"a": 1},
       "publisher": []}}</script>)");
  EXPECT_EQ(m.authors, (Names{"Jane Doe"}));
}

// --- title --------------------------------------------------------------------

TEST(HtmlMetadataTitleTest, SourcesInOrder) {
  EXPECT_EQ(Extract(R"(<meta property="og:title" content="OG"><meta name="twitter:title"
      content="TW"><title>T</title>)")
                .title,
            "OG");
  EXPECT_EQ(Extract(R"(<meta name="twitter:title" content="TW"><title>T</title>)").title, "TW");
  EXPECT_EQ(Extract("<title>T</title><h1>H</h1>").title, "T");
  EXPECT_EQ(Extract("<h1>H</h1>").title, "H");
}

TEST(HtmlMetadataTitleTest, SiteSuffixAndPrefixRemoved) {
  EXPECT_EQ(Extract(R"(<meta property="og:site_name" content="The Daily">
      <title>Big News | The Daily</title>)")
                .title,
            "Big News");
  EXPECT_EQ(Extract("<title>Big News - Example</title>", "https://www.example.com/x").title,
            "Big News");
  EXPECT_EQ(Extract("<title>Big News — Example.com</title>", "https://example.com/x").title,
            "Big News");
  EXPECT_EQ(Extract("<title>Example: Big News</title>", "https://example.com/x").title, "Big News");
  // The h1 settles it when the site is not named.
  EXPECT_EQ(Extract("<title>Big News | Some Paper</title><h1>Big News</h1>").title, "Big News");
  // A dash that is part of the headline stays.
  EXPECT_EQ(Extract("<title>Left - right politics</title>", "https://example.com/x").title,
            "Left - right politics");
}

// --- authors, language, links, description ------------------------------

TEST(HtmlMetadataAuthorTest, ListsAreSplitAndByDropped) {
  EXPECT_EQ(Extract(R"(<meta name="author" content="By Jane Doe and John Roe">)").authors,
            (Names{"Jane Doe", "John Roe"}));
  EXPECT_EQ(Extract(R"(<meta name="author" content="Jane Doe, John Roe & Ann Poe">)").authors,
            (Names{"Jane Doe", "John Roe", "Ann Poe"}));
}

TEST(HtmlMetadataAuthorTest, ArticleAuthorUrlIsNotAName) {
  EXPECT_EQ(Extract(R"(<meta property="article:author" content="https://facebook.com/jd">
      <a rel="author" href="/jd">Jane Doe</a>)")
                .authors,
            (Names{"Jane Doe"}));
}

TEST(HtmlMetadataAuthorTest, PrefixesWithColonAndTheSiteItselfDropped) {
  EXPECT_EQ(Extract(R"(<meta name="author" content="Von: Jane Doe,">)").authors,
            (Names{"Jane Doe"}));
  // The publication is no author; the canonical URL names it when the page
  // was fetched through an aggregator.
  EXPECT_TRUE(Extract(R"(<link rel="canonical" href="https://www.nu.nl/x">
      <meta name="author" content="Door: NU.nl">)",
                      "https://news.google.com/rss/articles/abc")
                  .authors.empty());
}

TEST(HtmlMetadataAuthorTest, BylineClass) {
  EXPECT_EQ(Extract(R"(<div class="byline">By Jane Doe</div>)").authors, (Names{"Jane Doe"}));
}

TEST(HtmlMetadataAuthorTest, IndentationDoesNotCutTheByline) {
  // An element's text is kept up to a cap, counted in what a reader sees:
  // deep indentation before the name used to leave "Jane D".
  const std::string indent = "\n" + std::string(295, ' ');
  EXPECT_EQ(
      Extract("<div class=\"byline\">" + indent + "<span>By Jane Doe</span>" + indent + "</div>")
          .authors,
      (Names{"Jane Doe"}));
}

TEST(HtmlMetadataTest, LanguageSources) {
  EXPECT_EQ(Extract(R"(<html lang="en-us"><p>x</p></html>)").language, "en-US");
  EXPECT_EQ(Extract(R"(<meta http-equiv="content-language" content="de">)").language, "de");
  EXPECT_EQ(Extract(R"(<meta property="og:locale" content="pt_BR">)").language, "pt-BR");
}

TEST(HtmlMetadataTest, CanonicalSiteNameAndDescription) {
  HtmlMetadata m = Extract(R"(<link rel="canonical" href="https://example.com/a">
      <meta property="og:url" content="https://example.com/b">
      <meta property="og:site_name" content="Example">
      <meta name="description" content="What it is about.">
      <meta property="og:description" content="Other.">)");
  EXPECT_EQ(m.canonical_url, "https://example.com/a");
  EXPECT_EQ(m.site_name, "Example");
  EXPECT_EQ(m.description, "What it is about.");
  EXPECT_EQ(Extract(R"(<meta property="og:url" content="https://example.com/b">)").canonical_url,
            "https://example.com/b");
  EXPECT_EQ(Extract(R"(<meta property="og:description" content="Other.">)").description, "Other.");
}

// --- robustness ---------------------------------------------------------------

TEST(HtmlMetadataTest, EmptyPage) {
  HtmlMetadata m = Extract("");
  EXPECT_TRUE(m.title.empty());
  EXPECT_TRUE(m.authors.empty());
  EXPECT_FALSE(m.published);
  EXPECT_FALSE(m.modified);
}

TEST(HtmlMetadataTest, HundredThousandDeepPageIsFastAndDoesNotCrash) {
  // HtmlDocument caps the depth Gumbo sees (html_nesting_limit.h); this
  // still walks the deepest tree it builds, with a collector per level.
  std::string html = "<html lang=\"en\"><head><title>Deep</title></head><body>";
  for (int i = 0; i < 100000; ++i) html += "<div class=\"date\"><span>";
  html += "<p>Published 7 June 2020</p>";
  auto start = std::chrono::steady_clock::now();
  HtmlMetadata m = Extract(std::move(html));
  auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_EQ(m.title, "Deep");
  ASSERT_TRUE(m.published);
  EXPECT_EQ(m.published->iso, "2020-06-07");
  EXPECT_LT(elapsed, std::chrono::seconds(5));
}

}  // namespace
}  // namespace corpusd
