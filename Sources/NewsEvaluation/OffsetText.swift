import NewsModel

/// Plain text cut into paragraphs for the analyser, remembering where each paragraph starts
/// in the text, so spans can be compared with a corpus's character offsets.
public struct OffsetText: Sendable {
    public var title = ""
    public var paragraphs: [String] = []
    public var offsets: [Int] = []

    /// Lines of `text` as paragraphs (blank lines dropped), offsets in Unicode scalars.
    public init(lines text: String, title: String = "", skippingFirst skip: (String) -> Bool = { _ in false }) {
        self.title = title
        var offset = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let count = line.unicodeScalars.count
            let blank = line.allSatisfy { $0.isWhitespace }
            if !blank && !(paragraphs.isEmpty && offsets.isEmpty && offset == 0 && skip(String(line))) {
                paragraphs.append(String(line))
                offsets.append(offset)
            }
            offset += count + 1
        }
    }

    public init() {}

    public var story: Story {
        Story(wireDate: Day(year: 2020, month: 1, day: 1)!, title: title, paragraphs: paragraphs)
    }

    public func absolute(_ span: TextSpan) -> Range<Int> {
        offsets[span.paragraph] + span.start..<offsets[span.paragraph] + span.end
    }

    public func absolute(_ quote: Quote) -> Range<Int> {
        offsets[quote.start.paragraph] + quote.start.start..<offsets[quote.endParagraph] + quote.start.end
    }
}

func overlap(_ a: Range<Int>, _ b: Range<Int>) -> Int {
    max(0, min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound))
}
