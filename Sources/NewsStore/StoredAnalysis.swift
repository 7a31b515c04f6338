import Foundation
import NewsModel

/// A story's analysis as the cache keeps it: one compact row per story (people with their
/// mentions, quotations, topics), plus index rows only for what filters and counts need
/// (story_person, story_topic). Encoded on the import's worker threads, so the writer only
/// stores bytes. Layout: a version byte, then unsigned LEB128 numbers and length-prefixed
/// UTF-8; an optional value is its number plus one, zero for none.
enum StoredAnalysis {
    static let version: UInt8 = 1

    static func encode(_ analysis: StoryAnalysis) -> Data {
        var out = Encoder()
        out.bytes.append(version)
        out.number(analysis.people.count)
        for person in analysis.people {
            out.string(person.name)
            out.optionalString(person.role)
            out.number(person.mentions.count)
            for mention in person.mentions { out.span(mention) }
        }
        out.number(analysis.quotes.count)
        for quote in analysis.quotes {
            out.span(quote.start)
            out.number(quote.endParagraph)
            out.number(quote.partial ? 1 : 0)
            out.number(Speaker.Kind.allCases.firstIndex(of: quote.speaker.kind)!)
            out.optionalString(quote.speaker.text)
            out.number(quote.speaker.person.map { $0 + 1 } ?? 0)
        }
        out.number(analysis.topics.count)
        for topic in analysis.topics {
            out.string(topic.name)
            out.number(topicKinds.firstIndex(of: topic.kind)!)
        }
        return Data(out.bytes)
    }

    /// The analysis checked against the story's text (see `StoryAnalysis.validated`), or nil
    /// when the bytes are not what `encode` wrote.
    static func decode(_ data: Data, paragraphs: [String]) -> (analysis: StoryAnalysis, dropped: Int)? {
        decode(data).map { $0.validated(against: ParagraphScalars(paragraphs)) }
    }

    /// The analysis, or nil when the bytes are not what `encode` wrote (a damaged cache).
    /// Its offsets are as stored: check them with `validated(against:)` before use.
    static func decode(_ data: Data) -> StoryAnalysis? {
        data.withUnsafeBytes { raw in
            var input = Decoder(bytes: raw)
            guard input.byte() == version else { return nil }
            var analysis = StoryAnalysis()
            for _ in 0..<input.count() {
                guard let name = input.string(), let role = input.optionalString() else { return nil }
                var mentions: [TextSpan] = []
                for _ in 0..<input.count() {
                    guard let span = input.span() else { return nil }
                    mentions.append(span)
                }
                analysis.people.append(Person(name: name, role: role, mentions: mentions))
            }
            for _ in 0..<input.count() {
                guard let start = input.span(), let endParagraph = input.number(), let partial = input.number(),
                      let kind = input.number(), kind < Speaker.Kind.allCases.count,
                      let text = input.optionalString(), let person = input.number(),
                      person <= analysis.people.count else { return nil }
                let speaker = Speaker(kind: Speaker.Kind.allCases[kind], text: text, person: person == 0 ? nil : person - 1)
                analysis.quotes.append(Quote(start: start, endParagraph: endParagraph, speaker: speaker, partial: partial == 1))
            }
            for _ in 0..<input.count() {
                guard let name = input.string(), let kind = input.number(), kind < topicKinds.count else { return nil }
                analysis.topics.append(Topic(name: name, kind: topicKinds[kind]))
            }
            return input.failed || !input.atEnd ? nil : analysis
        }
    }

    /// Stored by position: only ever append to this list.
    private static let topicKinds: [Topic.Kind] = [.relations, .country, .section, .category, .user]

    private struct Encoder {
        var bytes: [UInt8] = []

        mutating func number(_ value: Int) {
            var rest = UInt(max(0, value))
            while rest >= 0x80 {
                bytes.append(UInt8(rest & 0x7F) | 0x80)
                rest >>= 7
            }
            bytes.append(UInt8(rest))
        }

        mutating func string(_ text: String) {
            number(text.utf8.count)
            bytes.append(contentsOf: text.utf8)
        }

        mutating func optionalString(_ text: String?) {
            guard let text else { return number(0) }
            number(text.utf8.count + 1)
            bytes.append(contentsOf: text.utf8)
        }

        mutating func span(_ span: TextSpan) {
            number(span.paragraph)
            number(span.start)
            number(span.end)
        }
    }

    /// Reads what `Encoder` wrote; any overrun sets `failed` instead of trapping.
    private struct Decoder {
        let bytes: UnsafeRawBufferPointer
        var offset = 0
        var failed = false

        init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

        var atEnd: Bool { offset == bytes.count }

        mutating func byte() -> UInt8? {
            guard offset < bytes.count else { failed = true; return nil }
            offset += 1
            return bytes[offset - 1]
        }

        mutating func number() -> Int? {
            var value = 0
            var shift = 0
            while let byte = byte() {
                value |= Int(byte & 0x7F) << shift
                if byte < 0x80 { return value }
                shift += 7
                if shift > 56 { break }
            }
            failed = true
            return nil
        }

        /// A count of items that follow; zero (ending the loops) once the input is damaged.
        mutating func count() -> Int {
            guard !failed, let value = number(), value <= bytes.count - offset else { failed = true; return 0 }
            return value
        }

        mutating func string() -> String? {
            guard let length = number() else { return nil }
            return text(length)
        }

        /// .some(nil) for an absent value, nil for damaged input.
        mutating func optionalString() -> String?? {
            guard let length = number() else { return nil }
            if length == 0 { return .some(nil) }
            return text(length - 1).map { .some($0) }
        }

        mutating func span() -> TextSpan? {
            guard let paragraph = number(), let start = number(), let end = number() else { return nil }
            return TextSpan(paragraph: paragraph, start: start, end: end)
        }

        private mutating func text(_ length: Int) -> String? {
            guard length <= bytes.count - offset else { failed = true; return nil }
            defer { offset += length }
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length]), as: UTF8.self)
        }
    }
}

/// What the writer stores for one story's analysis, computed on the reading thread: the
/// encoded row, and one index row per distinct person and topic.
struct PreparedAnalysis: Sendable {
    struct PersonRow: Sendable {
        var key: String
        var name: String
        var role: String?
        var quotes: Int
    }

    struct TopicRow: Sendable {
        var key: String
        var name: String
        var kind: String
    }

    let encoded: Data
    let people: [PersonRow]
    let topics: [TopicRow]

    init(_ analysis: StoryAnalysis) {
        encoded = StoredAnalysis.encode(analysis)
        people = PreparedAnalysis.personRows(analysis)
        var topicKeys = Set<String>()
        topics = analysis.topics.compactMap { topic in
            let key = topic.key
            return topicKeys.insert(key).inserted ? TopicRow(key: key, name: topic.name, kind: topic.kind.rawValue) : nil
        }
    }

    /// One row per distinct person (names that differ only in case are one), with their quotations.
    static func personRows(_ analysis: StoryAnalysis) -> [PersonRow] {
        var quotes = Array(repeating: 0, count: analysis.people.count)
        for quote in analysis.quotes {
            if let index = quote.speaker.person, quotes.indices.contains(index) {
                quotes[index] += 1
            }
        }
        var people: [PersonRow] = []
        var seen: [String: Int] = [:]
        for (index, person) in analysis.people.enumerated() {
            let key = NewsStore.personKey(person.name)
            if let earlier = seen[key] {
                people[earlier].quotes += quotes[index]
                if people[earlier].role == nil { people[earlier].role = person.role }
            } else {
                seen[key] = people.count
                people.append(PersonRow(key: key, name: person.name, role: person.role, quotes: quotes[index]))
            }
        }
        return people
    }
}
