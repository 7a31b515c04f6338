import Foundation
import GRDB
import NewsModel
import Testing
@testable import NewsStore

/// Bookmarks follow their quotations through corrections.
@Suite struct BookmarkAnchorTests {
    let first = story("Okabe urges calm", "Okabe spoke in Tokyo.", "Okabe said: \"We will respond calmly and firmly.\"")

    /// The story's one quotation, found where `text` is in the last paragraph.
    func analysis(_ story: Story, quote text: String) -> StoryAnalysis {
        let paragraph = story.paragraphs.count - 1
        let scalars = Array(story.paragraphs[paragraph].unicodeScalars)
        let start = (0...(scalars.count - text.unicodeScalars.count)).first {
            String(String.UnicodeScalarView(scalars[$0..<$0 + text.unicodeScalars.count])) == text
        }!
        return StoryAnalysis(quotes: [Quote(start: TextSpan(paragraph: paragraph, start: start, end: start + text.unicodeScalars.count),
                                            endParagraph: paragraph, speaker: Speaker(kind: .person, text: "Sanae Okabe"), partial: false)])
    }

    func bookmarked(_ store: NewsStore) throws -> Bookmark {
        _ = try store.save([PreparedStory(first, analysis: analysis(first, quote: "We will respond calmly and firmly."))])
        return try store.addBookmark(try #require(try store.analyzedStory(first.id)), quoteIndex: 0)
    }

    @Test func aParagraphInsertedBeforeMovesTheBookmark() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        _ = try bookmarked(store)
        var corrected = first
        corrected.paragraphs.insert("Tensions rose this week.", at: 0)
        _ = try store.save([PreparedStory(corrected, analysis: analysis(corrected, quote: "We will respond calmly and firmly."))])
        let moved = try #require(try store.bookmarks().first)
        #expect((moved.paragraph, moved.isOrphaned) == (2, false))
    }

    @Test func anEditedQuotationTakesTheBookmarkAlong() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        _ = try bookmarked(store)
        var corrected = first
        corrected.paragraphs[1] = "Okabe said: \"We will respond calmly and very firmly.\""
        _ = try store.save([PreparedStory(corrected, analysis: analysis(corrected, quote: "We will respond calmly and very firmly."))])
        let moved = try #require(try store.bookmarks().first)
        #expect(moved.text == "We will respond calmly and very firmly.")
        #expect(!moved.isOrphaned)
        #expect(try store.storiesWithBookmarks(among: [first.id]) == [first.id])
    }

    @Test func aQuotationGoneFromTheStoryLeavesTheBookmarkFlagged() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        let bookmark = try bookmarked(store)
        var corrected = first
        corrected.paragraphs[1] = "Okabe said: \"Nothing more today.\""
        _ = try store.save([PreparedStory(corrected, analysis: analysis(corrected, quote: "Nothing more today."))])
        let kept = try #require(try store.bookmarks().first)
        #expect(kept.text == bookmark.text)
        #expect(kept.isOrphaned)
    }
}
