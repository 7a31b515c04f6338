import GRDB
import NewsModel

extension NewsStore {
    /// Bookmarks with the speakers corrections give their quotations. A bookmark keeps its own
    /// copy of the speaker as it was made; where a correction covers its quotation or the
    /// speaker's name, the speaker and role shown are the story's as corrected.
    static func applyingCorrections(to bookmarks: [Bookmark], _ db: Database) throws -> [Bookmark] {
        let people = try PersonCorrections(db)
        var stories: [StoryID: AnalyzedStory?] = [:]
        var result = bookmarks
        for (n, bookmark) in bookmarks.enumerated() {
            let quotations = try quotationCorrections(ofStory: bookmark.storyID.rawValue, db).filter { $0.text == bookmark.text }
            let nameCorrected = bookmark.speakerKind == .person && people.touches(personKey(bookmark.speaker ?? ""))
            guard !quotations.isEmpty || nameCorrected else { continue }
            if stories[bookmark.storyID] == nil { stories[bookmark.storyID] = .some(try analyzedStory(bookmark.storyID, db)) }
            if let analyzed = stories[bookmark.storyID]!, let index = nearestQuote(of: bookmark, in: analyzed) {
                guard analyzed.correctedSpeakers.contains(index) else { continue }
                let speaker = analyzed.analysis.quotes[index].speaker
                result[n].speaker = speaker.text
                result[n].speakerKind = speaker.kind
                result[n].role = speaker.person.flatMap { analyzed.analysis.people[$0].role }
                result[n].speakerCorrected = true
            } else {
                result[n] = applying(quotations.first, people, toCopyIn: bookmark)
            }
        }
        return result
    }

    /// The bookmarked quotation in the story: the same text, nearest to where it was.
    private static func nearestQuote(of bookmark: Bookmark, in analyzed: AnalyzedStory) -> Int? {
        let quotes = analyzed.analysis.quotes
        let scalars = ParagraphScalars(analyzed.story.paragraphs)
        return quotes.indices.filter { scalars.text(of: quotes[$0]) == bookmark.text }.min { a, b in
            (abs(quotes[a].start.paragraph - bookmark.paragraph), abs(quotes[a].start.start - bookmark.start))
                < (abs(quotes[b].start.paragraph - bookmark.paragraph), abs(quotes[b].start.start - bookmark.start))
        }
    }

    /// Corrections applied to a bookmark's own copy, for a story (or quotation) not in the cache.
    private static func applying(_ correction: QuotationCorrection?, _ people: PersonCorrections,
                                 toCopyIn bookmark: Bookmark) -> Bookmark {
        var bookmark = bookmark
        if case .speaker(let kind, let text)? = correction?.change {
            (bookmark.speakerKind, bookmark.speaker, bookmark.role) = (kind, text, nil)
            bookmark.speakerCorrected = true
        }
        if bookmark.speakerKind == .person, let name = bookmark.speaker {
            if let person = people.person(personKey(name), name: name) {
                if person.key != personKey(name) {
                    bookmark.speaker = person.name
                    bookmark.speakerCorrected = true
                }
            } else {
                (bookmark.speakerKind, bookmark.speaker, bookmark.role) = (.unknown, nil, nil)
                bookmark.speakerCorrected = true
            }
        }
        return bookmark
    }
}
