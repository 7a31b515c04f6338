import NewsModel
import Testing
@testable import WireImport

@Suite struct WireParserTests {
    @Test func everyFieldOfAFullStory() throws {
        let result = try Fixture.stories("full-story.txt")
        #expect(result.problems.isEmpty)
        let story = try #require(result.stories.first)
        #expect(result.stories.count == 1)
        #expect(story.wireDate == day("2026-03-02"))
        #expect(story.section == "Asia Pacific News")
        #expect(story.category == "TRADE WARS")
        #expect(story.title == "Osaka ceramics makers count cost of export permit delays")
        #expect(story.byline == "by Hiroshi Tanabe and Mei Sato")
        #expect(story.authors == ["Hiroshi Tanabe", "Mei Sato"])
        #expect(story.place == "Osaka")
        #expect(story.agency == "AFP")
        #expect(story.published == day("2026-03-02"))
        #expect(story.paragraphs.count == 3)
        #expect(story.paragraphs[1] == "\"We have never waited this long,\" said Rina Kobayakawa, who runs a family workshop.")
    }

    @Test func curlyQuotesAndDashesKeptExactly() throws {
        let story = try #require(try Fixture.stories("full-story.txt").stories.first)
        #expect(story.paragraphs[2] == "A second paragraph with “curly quotes”, an em dash — and an en dash – kept as written.")
    }

    @Test func crlfTabsAndPaddingAreTrimmed() throws {
        let story = try #require(try Fixture.stories("crlf-tabs.txt").stories.first)
        #expect(story.title == "Harbour pilots in Keelung go on strike")
        #expect(story.category == "TAIWAN NEWS")
        #expect(story.authors.isEmpty)
        #expect(story.place == "Keelung")
        #expect(story.agency == "UPI")
        #expect(story.paragraphs == ["Pilots walked off the job at dawn.", "Port officials said talks would resume."])
    }

    @Test func byteOrderMarkAndNoCategoryBylineOrRepeatedTitle() throws {
        let result = try Fixture.stories("bom-no-extras.txt")
        let story = try #require(result.stories.first)
        #expect(story.wireDate == day("2026-03-06"))
        #expect(story.category == nil)
        #expect(story.byline == nil)
        #expect(story.place == nil)
        #expect(story.title == "A reactor in Fukui restarts after a four-year pause")
        #expect(story.paragraphs == ["The operator said the unit reached criticality overnight."])
    }

    @Test func noDatelineMeansPublishedOnTheWireDate() throws {
        let story = try #require(try Fixture.stories("no-dateline.txt").stories.first)
        #expect(story.agency == nil)
        #expect(story.place == nil)
        #expect(story.published == day("2025-11-28"))
        #expect(story.paragraphs.count == 1)
    }

    @Test func severalStoriesInOneFile() throws {
        let result = try Fixture.stories("multi-story.txt")
        #expect(result.problems.isEmpty)
        #expect(result.stories.map(\.title) == [
            "Lunar rover wakes after second night", "Orbiter maps dust storm from above",
            "Weather satellite joins constellation",
        ])
        #expect(result.stories.map(\.agency) == ["SPX", "AFP", "XNA"])
        #expect(result.stories.map(\.place) == ["Huntsville AL", "Paris, France", "Jiuquan"])
    }

    @Test func datelineDateThatDisagreesWithTheHeaderWins() throws {
        let stories = try Fixture.stories("multi-story.txt").stories
        // Header 2026-04-01, dateline Apr 2, 2026; header 2026-04-03, dateline April 03, 2013.
        #expect(stories[0].wireDate == day("2026-04-01"))
        #expect(stories[0].published == day("2026-04-02"))
        #expect(stories[1].wireDate == day("2026-04-03"))
        #expect(stories[1].published == day("2013-04-03"))
        #expect(stories[2].published == day("2026-09-03"))
    }

    @Test func titleNotRepeatedIsStillATitle() throws {
        let story = try Fixture.stories("multi-story.txt").stories[2]
        #expect(story.title == "Weather satellite joins constellation")
        #expect(story.authors == ["Chen Wei-lun"])
        #expect(story.paragraphs == ["The launch took place at night."])
    }

    @Test func shoutedSurnameInBylineIsCapitalised() throws {
        let story = try Fixture.stories("multi-story.txt").stories[1]
        #expect(story.byline == "By Issam AHMED")
        #expect(story.authors == ["Issam Ahmed"])
    }

    @Test func staffBylinesNameNoAuthor() throws {
        let story = try Fixture.stories("multi-story.txt").stories[0]
        #expect(story.byline == "by SPX Staff Writers")
        #expect(story.authors.isEmpty)
    }

    @Test func cjkTextKeptExactly() throws {
        let story = try #require(try Fixture.stories("cjk.txt").stories.first)
        #expect(story.title == "Travel agencies in 北京 report fewer bookings for 春节")
        #expect(story.paragraphs[1] == "“我们很担心,” she said, meaning “we are very worried”.")
    }

    @Test func wrappedParagraphLinesAreJoined() throws {
        let story = try #require(try Fixture.stories("wrapped-paragraphs.txt").stories.first)
        #expect(story.paragraphs == [
            "The first paragraph was wrapped by an old mail gateway at a fixed width.",
            "The second paragraph was not.",
        ])
        #expect(story.published == day("2023-06-01"))
    }

    @Test func aHeaderWithNothingUnderItIsSkippedAndReported() throws {
        let result = try Fixture.stories("bad-and-good.txt")
        #expect(result.stories.count == 1)
        #expect(result.problems == [WireParser.Problem(line: 1, reason: "no title")])
    }

    @Test func randomTextHoldsNoStory() throws {
        #expect(throws: WireFileError.noStory) { try Fixture.stories("random-text.txt") }
        #expect(try WireParser.stories(in: Fixture.text("random-text.txt").bytes).stories.isEmpty)
    }

    @Test func headerDateMustBeARealDay() {
        let result = WireParser.stories(in: " date 2026-02-30 China News\n A title\n\nText.\n")
        #expect(result.stories.isEmpty)
    }

    @Test func storyIdentityIgnoresCaseAndPunctuationOfTheTitle() {
        let a = Story(wireDate: day("2026-01-01"), title: "Japan, China  agree to talk!", agency: "AFP", paragraphs: ["x"])
        let b = Story(wireDate: day("2026-01-01"), title: "japan china agree to talk", agency: "afp", paragraphs: ["y"])
        #expect(a.id == b.id)
        #expect(a.fingerprint != b.fingerprint)
    }
}

@Suite struct WireFurnitureTests {
    @Test func aStoryEndsWhereThePagesFurnitureStarts() throws {
        let result = try Fixture.stories("page-furniture.txt")
        let story = try #require(result.stories.first)
        #expect(result.stories.count == 1)
        #expect(story.paragraphs == [
            "A commercial tracking company said it had catalogued more than 300 fragments from a weather satellite that broke apart in low orbit.",
            "\"The cloud is spreading faster than we expected,\" the company's chief analyst said.",
        ])
    }

    @Test func aStoryInsideAStoryBecomesAStoryOfItsOwn() throws {
        let result = try Fixture.stories("embedded-story.txt")
        #expect(result.stories.map(\.title) == ["Navy tests a drone that launches from a submarine", "Senate panel backs new shipyard funds"])
        #expect(result.stories[0].paragraphs.count == 2)
        let embedded = result.stories[1]
        #expect(embedded.place == "Washington")
        #expect(embedded.agency == "AFP")
        #expect(embedded.published == day("2026-01-29"))
        #expect(embedded.section == "Defence News")
        #expect(embedded.paragraphs == [
            "A Senate committee on Thursday approved money for two new shipyards, a move its chairman said was overdue.",
            "\"We are years behind,\" the chairman said.",
        ])
    }
}
