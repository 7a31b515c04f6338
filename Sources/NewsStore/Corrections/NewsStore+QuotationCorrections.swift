import Foundation
import GRDB
import NewsModel

/// What a user says about a quotation (`newswire quote`, the reader's chooser).
public enum QuotationRequest: Sendable, Hashable {
    /// Said by `name`. Without a kind, one of the story's people (their full name, or a part
    /// naming only one of them); with a kind, anyone: a person the analysis missed, an
    /// organisation, an unnamed source.
    case speaker(String, kind: Speaker.Kind? = nil)
    /// Said by nobody the story names.
    case unknownSpeaker
    case notAQuote
}

extension NewsStore {
    /// Corrects the quotation `e53bd3b3ff.2` (the number `show` and `quotes` print, which a
    /// hidden quotation keeps); a correction it had already is replaced.
    @discardableResult
    public func correctQuotation(_ quoteID: String, _ request: QuotationRequest) throws(StoreError) -> QuotationCorrection {
        let (story, number) = try quoteNumber(quoteID)
        return try correctQuotation(story: story, number: number, request, quoteID: quoteID)
    }

    @discardableResult
    public func correctQuotation(story: StoryID, number: Int, _ request: QuotationRequest) throws(StoreError) -> QuotationCorrection {
        try correctQuotation(story: story, number: number, request, quoteID: "\(story.short).\(number)")
    }

    private func correctQuotation(story: StoryID, number: Int, _ request: QuotationRequest,
                                  quoteID: String) throws(StoreError) -> QuotationCorrection {
        try write { db in
            let target = try QuotationTarget(story: story, number: number, quoteID: quoteID, db)
            var correction = QuotationCorrection(id: target.correction?.id ?? 0, storyID: story, text: target.text,
                                                 paragraph: target.quote.start.paragraph, start: target.quote.start.start,
                                                 change: try target.change(for: request, db),
                                                 created: ISO8601DateFormatter().string(from: Date()))
            var speakerKind: String?, speaker: String?
            if case .speaker(let kind, let text) = correction.change { (speakerKind, speaker) = (kind.rawValue, text) }
            let arguments: StatementArguments = [story.rawValue, correction.text, correction.paragraph, correction.start,
                                                 correction.change == .notAQuote, speakerKind, speaker, correction.created]
            var writer = try AnalysisWriter(db)
            try writer.rewritePersonRows(rowid: target.rowid, uid: story.rawValue, day: target.story.published) {
                if let earlier = target.correction {
                    try db.execute(sql: """
                        UPDATE quotation_correction SET story_uid = ?, text = ?, paragraph = ?, start = ?, not_a_quote = ?,
                            speaker_kind = ?, speaker = ?, created = ? WHERE id = ?
                        """, arguments: arguments + [earlier.id])
                } else {
                    try db.execute(sql: """
                        INSERT INTO quotation_correction (story_uid, text, paragraph, start, not_a_quote, speaker_kind, speaker, created)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: arguments)
                    correction.id = db.lastInsertedRowID
                }
            }
            return correction
        }
    }

    /// Undoes the correction of the quotation `e53bd3b3ff.2`, and returns it.
    @discardableResult
    public func removeQuotationCorrection(_ quoteID: String) throws(StoreError) -> QuotationCorrection {
        let (story, number) = try quoteNumber(quoteID)
        return try removeQuotationCorrection(story: story, number: number, quoteID: quoteID)
    }

    @discardableResult
    public func removeQuotationCorrection(story: StoryID, number: Int) throws(StoreError) -> QuotationCorrection {
        try removeQuotationCorrection(story: story, number: number, quoteID: "\(story.short).\(number)")
    }

    private func removeQuotationCorrection(story: StoryID, number: Int, quoteID: String) throws(StoreError) -> QuotationCorrection {
        try write { db in
            let target = try QuotationTarget(story: story, number: number, quoteID: quoteID, db)
            guard let correction = target.correction else { throw StoreError.noCorrection(quoteID) }
            var writer = try AnalysisWriter(db)
            try writer.rewritePersonRows(rowid: target.rowid, uid: story.rawValue, day: target.story.published) {
                try db.execute(sql: "DELETE FROM quotation_correction WHERE id = ?", arguments: [correction.id])
            }
            return correction
        }
    }

    /// A story's quotation corrections, oldest first.
    static func quotationCorrections(ofStory uid: Int64, _ db: Database) throws -> [QuotationCorrection] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM quotation_correction WHERE story_uid = ? ORDER BY id"),
                         arguments: [uid]).map(QuotationCorrection.init(row:))
    }
}

extension QuotationCorrection {
    init(row: Row) {
        let change: Change = row["not_a_quote"] as Bool
            ? .notAQuote
            : .speaker(Speaker.Kind(rawValue: row["speaker_kind"] ?? "") ?? .unknown, row["speaker"])
        self.init(id: row["id"], storyID: StoryID(rawValue: row["story_uid"]), text: row["text"], paragraph: row["paragraph"],
                  start: row["start"], change: change, created: row["created"])
    }
}

/// A quotation of a stored story found by its number in the analysis as computed, with the
/// correction on it, if any.
private struct QuotationTarget {
    let rowid: Int64
    let story: Story
    let quote: Quote
    let text: String
    let correction: QuotationCorrection?

    init(story id: StoryID, number: Int, quoteID: String, _ db: Database) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT rowid AS story_rowid, * FROM story WHERE uid = ?", arguments: [id.rawValue]),
              case let story = Story(row: row),
              let stored = try NewsStore.storedAnalysis(rowid: row["story_rowid"], paragraphs: story.paragraphs, db)?.analysis,
              stored.quotes.indices.contains(number) else { throw StoreError.noSuchQuote(quoteID) }
        rowid = row["story_rowid"]
        self.story = story
        quote = stored.quotes[number]
        text = quote.text(in: story.paragraphs)
        let corrections = try NewsStore.quotationCorrections(ofStory: id.rawValue, db)
        correction = QuotationAnchor.assign(corrections, to: stored.quotes, paragraphs: story.paragraphs)[number].map { corrections[$0] }
    }

    /// The correction a request makes: a speaker named without a kind must be one of the
    /// story's people (as corrected), found as `--person` finds people.
    func change(for request: QuotationRequest, _ db: Database) throws -> QuotationCorrection.Change {
        switch request {
        case .notAQuote: return .notAQuote
        case .unknownSpeaker: return .speaker(.unknown, nil)
        case .speaker(_, .unknown?): return .speaker(.unknown, nil)
        case .speaker(let name, let kind):
            let name = name.trimmed
            if let kind, kind != .person { return .speaker(kind, name) }
            let people = try NewsStore.analyzedStory(story, rowid: rowid, in: db).analysis.people.map(\.name)
            if let exact = people.first(where: { NewsStore.personKey($0) == NewsStore.personKey(name) }) { return .speaker(.person, exact) }
            let matching = people.filter { PersonName.matches(name, $0) }
            if matching.count > 1 { throw StoreError.ambiguousSpeaker(name, candidates: matching) }
            if let only = matching.first { return .speaker(.person, only) }
            guard kind == .person, !name.isEmpty else { throw StoreError.noSuchSpeaker(name, story: story.id.short, people: people) }
            // Someone the analysis did not find in this story.
            guard let person = try PersonCorrections(db).person(NewsStore.personKey(name), name: name) else {
                throw StoreError.notAPerson(name)
            }
            return .speaker(.person, person.key == NewsStore.personKey(name) ? name : person.name)
        }
    }
}
