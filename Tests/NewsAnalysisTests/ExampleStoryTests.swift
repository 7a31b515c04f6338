import Foundation
import NewsModel
import Testing
import WireImport
@testable import NewsAnalysis

/// The real story the wire format comes from, read from ../shared/seeds (never copied here).
@Suite struct ExampleStoryTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/seeds")

    static var story: Story? {
        guard let name = try? FileManager.default.contentsOfDirectory(atPath: seeds.path).first(where: { $0.hasPrefix("000_") }),
              let data = try? Data(contentsOf: seeds.appendingPathComponent(name)),
              let text = try? WireText(decoding: data) else { return nil }
        return WireParser.stories(in: text.bytes).stories.first
    }

    @Test(.enabled(if: story != nil, "../shared/seeds is not present"))
    func theExampleComesOutExactlyRight() throws {
        let story = try #require(Self.story)
        let analysis = analyzer.analyze(story)
        #expect(analysis.names == ["Sanae Takaichi"])
        #expect(analysis.people.first?.role == "Japanese Prime Minister")
        #expect(mentions(analysis.people.first, in: story) == ["Sanae Takaichi", "Takaichi", "Takaichi", "Takaichi"])
        #expect(analysis.quotes.count == 3)
        #expect(analysis.quotes.allSatisfy { $0.speaker.kind == .person && $0.speaker.person == 0 && !$0.partial })
        // Taiwan is where the hypothetical conflict would happen, not a party: no Taiwan pair.
        #expect(analysis.pairTopics == ["Japan–China relations", "Japan–United States relations"])
    }
}
