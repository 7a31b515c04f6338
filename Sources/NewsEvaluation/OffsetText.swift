import NewsModel

/// Plain text cut into paragraphs for the analyser, remembering where each paragraph starts
/// in the text, so spans can be compared with a corpus's character offsets.
struct OffsetText {
    var paragraphs: [String] = []
    var offsets: [Int] = []

    /// Lines of `text` as paragraphs (empty lines dropped), offsets in Unicode scalars.
    init(lines text: String) {
        var offset = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let count = line.unicodeScalars.count
            if !line.trimmingCharacters(in: .whitespaces).isEmpty {
                paragraphs.append(String(line))
                offsets.append(offset)
            }
            offset += count + 1
        }
    }

    init() {}

    var story: Story {
        Story(wireDate: Day(year: 2020, month: 1, day: 1)!, title: "", paragraphs: paragraphs)
    }

    func absolute(_ span: TextSpan) -> Range<Int> {
        offsets[span.paragraph] + span.start..<offsets[span.paragraph] + span.end
    }

    func absolute(_ quote: Quote) -> Range<Int> {
        offsets[quote.start.paragraph] + quote.start.start..<offsets[quote.endParagraph] + quote.start.end
    }
}

func overlap(_ a: Range<Int>, _ b: Range<Int>) -> Int {
    max(0, min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound))
}

import Foundation
