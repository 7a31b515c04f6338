import Foundation
import GRDB
import NewsModel
import Testing
@testable import NewsStore

/// The wire files one story under several sections; the cache keeps every one.
@Suite struct FilingTests {
    func filed(_ section: String, _ category: String) -> Story {
        var copy = story("Floating steel plant begins trials", section: section, "The hull left the dock at dawn.")
        copy.category = category
        return copy
    }

    func analysis(_ story: Story) -> StoryAnalysis {
        StoryAnalysis(topics: [Topic(name: "China", kind: .country)] + Filing(section: story.section, category: story.category).topics)
    }

    @Test func aCopyUnderAnotherSectionIsUnchangedAndKeepsBothSections() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        let china = filed("China News", "SUPERPOWERS"), energy = filed("Energy News", "FLOATING STEEL")
        #expect(china.id == energy.id)
        #expect(try store.save([PreparedStory(china, analysis: analysis(china))]) == [.imported])
        #expect(try store.save([PreparedStory(energy, analysis: analysis(energy))]) == [.unchanged])
        #expect(try store.count(StoryFilter(section: "china news")) == 1)
        #expect(try store.count(StoryFilter(section: "Energy News")) == 1)
        #expect(try store.count(StoryFilter(topic: "FLOATING STEEL")) == 1)
        #expect(try store.count(StoryFilter(topic: "SUPERPOWERS")) == 1)
        let shown = try #require(try store.analyzedStory(china.id))
        #expect(shown.story.section == "China News")
        #expect(shown.story.alsoFiled == [Filing(section: "Energy News", category: "FLOATING STEEL")])
        #expect(Set(shown.analysis.topics.map(\.name)) == ["China", "China News", "SUPERPOWERS", "Energy News", "FLOATING STEEL"])
        #expect(try store.save([PreparedStory(china, analysis: analysis(china)), PreparedStory(energy, analysis: analysis(energy))])
                == [.unchanged, .unchanged])
    }

    @Test func reanalysisKeepsTheTopicsOfEveryFiling() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        let china = filed("China News", "SUPERPOWERS"), energy = filed("Energy News", "FLOATING STEEL")
        _ = try store.save([PreparedStory(china, analysis: analysis(china)), PreparedStory(energy, analysis: analysis(energy))])
        let stored = try store.stories(afterRowid: 0, limit: 10)
        try store.replaceAnalyses(stored.map { ($0.rowid, $0.story, analysis($0.story)) })
        #expect(try store.count(StoryFilter(topic: "FLOATING STEEL")) == 1)
        #expect(try store.analyzedStory(china.id)?.analysis.topics.count == 5)
    }

    @Test func aCorrectionUnderAnotherSectionKeepsTheFirstAsAFiling() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        let china = filed("China News", "SUPERPOWERS")
        var corrected = filed("Energy News", "FLOATING STEEL")
        corrected.paragraphs = ["The hull left the dock at noon."]
        _ = try store.save([china])
        #expect(try store.save([corrected]) == [.updated])
        #expect(try store.count(StoryFilter(section: "China News")) == 1)
        #expect(try store.count(StoryFilter(section: "Energy News")) == 1)
    }
}
