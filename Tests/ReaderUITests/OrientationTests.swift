import NewsModel
import Testing
@testable import ReaderUI

@Suite struct OrientationTests {
    @Test func theListShowsTheRowAndAStoryHowFarIntoItAndTheQuotation() {
        var state = ReaderState.started(height: 8)
        _ = state.press(.character("j"), .character("j"))
        #expect(state.render().text(row: 0).hasSuffix("3/1000 "))
        _ = state.press(.enter, .tab)
        let top = state.render().text(row: 0)
        #expect(top.contains("quote 1/2"))
        #expect(top.contains("%"))
    }

    @Test func tabWrappingToTheFirstQuotationSaysSo() {
        var state = ReaderState.started()
        _ = state.press(.enter, .tab, .tab, .tab)
        #expect(state.story?.selectedQuote == 0)
        #expect(state.message == "Back to the first quotation.")
    }

    @Test func countsBeforeMotionKeysRepeatThem() {
        var state = ReaderState.started()
        _ = state.press(.character("5"), .character("j"))
        #expect(state.list.cursor == 5)
        _ = state.press(.character("1"), .character("0"), .character("G"))
        #expect(state.list.cursor == 9)
        _ = state.press(.enter, .character("3"), .tab)
        #expect(state.story?.selectedQuote == 0, "3 Tab from none: the first, second, first")
    }

    @Test func aSearchWithNoMatchOrOneSaysSo() {
        var state = ReaderState.started(total: 0)
        _ = state.press(.character("/"), .character("z"), .enter, total: 0)
        #expect(state.message == "No story matches “z”.")
        var one = ReaderState.started(total: 1)
        _ = one.press(.character("/"), .character("z"), .enter, total: 1)
        #expect(one.message == "Only one story matches “z”.")
    }

    @Test func capitalTListsTheStorysTopicsAndChoosingOneFiltersTheList() {
        var state = ReaderState.started()
        _ = state.press(.enter, .character("T"))
        #expect(state.screen == .storyTopics)
        #expect(state.render().text.contains("Japan–China relations  (relations)"))
        let effects = state.press(.enter)
        #expect(state.list.filter.topic == "Japan–China relations")
        #expect(effects.contains(.count(StoryFilter(topic: "Japan–China relations"))))
    }

    @Test func sSortsASearchByDateAndBack() {
        var state = ReaderState.started()
        _ = state.press(.character("/"), .character("a"), .enter)
        let effects = state.press(.character("s"))
        #expect(effects.contains(.count(StoryFilter(search: "a", order: .newest))))
        #expect(state.render().text(row: 0).contains("(newest first)"))
        _ = state.press(.character("s"))
        #expect(state.list.filter.order == .relevance)
    }

    @Test(arguments: [40, 60])
    func narrowScreensKeepHowToLeaveAndGetHelpInTheHints(width: Int) {
        var state = ReaderState.started(width: width)
        let first = state.render().text(row: 23)
        #expect(first.contains("q quit") && first.contains("? help") && !first.contains("…"))
        _ = state.press(.enter)
        let story = state.render().text(row: 23)
        #expect(story.contains("q back") && story.contains("? help"))
    }

    @Test func filteredListsSayQGoesBackAndTheFirstListThatItQuits() {
        var state = ReaderState.started()
        #expect(state.render().text(row: 23).contains("q quit"))
        _ = state.press(.character("t"))
        #expect(state.render().text(row: 23).contains("q back"))
        _ = state.press(.enter)
        #expect(state.render().text(row: 23).contains("q back"))
        #expect(!state.render().text(row: 23).contains("q quit"))
    }

    @Test(arguments: [120, 60])
    func peopleHeadingsStandOverTheirNumbers(width: Int) {
        var state = ReaderState.started(width: width)
        _ = state.press(.character("P"))
        let grid = state.render()
        let header = grid.text(row: 1), row = grid.text(row: 2)
        #expect(header.contains("quotations"), "\(header)")
        let end = header.distance(of: "quotations") + "quotations".count
        #expect(Array(row)[end - 1] == "5", "\(header)\n\(row)")
        let storiesEnd = header.distance(of: "stories") + "stories".count
        #expect(Array(row)[storiesEnd - 1] == "3")
    }

    @Test func oneMentionIsSingular() {
        var state = ReaderState.started()
        var story = analyzedStory()
        story.analysis.people[0].mentions = [story.analysis.people[0].mentions[0]]
        _ = state.update(.opened(story, bookmarked: [], focus: nil))
        _ = state.press(.character("p"))
        #expect(state.render().text.contains("(1 mention)"))
        var one = ReaderState.started(total: 1)
        #expect(one.render().text(row: 0).contains("1 story"))
        _ = one.press(.character("j"))
    }

    @Test func topicsAreGroupedByKindWithTheMonthsOfTheirSparkline() {
        var state = ReaderState.started(width: 120)
        _ = state.press(.character("t"))
        _ = state.update(.topics([
            TopicSummary(name: "China News", kind: .section, stories: 90, months: [3], firstMonth: 202601),
            TopicSummary(name: "SUPERPOWERS", kind: .category, stories: 40, months: [3], firstMonth: 202601),
            TopicSummary(name: "Senkaku", kind: .search, stories: 4, unread: 4, filter: StoryFilter(search: "Senkaku")),
            TopicSummary(name: "Japan–China relations", kind: .relations, stories: 22, months: [1, 0, 4, 8], firstMonth: 202510),
        ]))
        let text = state.render().text
        let rows = text.split(separator: "\n")
        #expect(rows[2].contains("Japan–China relations") && rows[2].contains("relations"))
        #expect(rows[2].contains("2025-10 ▁ ▄█ 2026-01"))
        #expect(rows[3].contains("Senkaku") && rows[3].contains("saved search"))
        #expect(rows[4].contains("China News") && rows[4].contains("wire section"))
        #expect(rows[5].contains("SUPERPOWERS") && rows[5].contains("wire category "), "the kind in full")
        _ = state.press(.character("j"))
        #expect(state.press(.enter).contains(.count(StoryFilter(search: "Senkaku"))))
    }
}
