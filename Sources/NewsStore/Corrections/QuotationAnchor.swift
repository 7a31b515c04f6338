import NewsModel

/// Finds the quotation each correction of a story is about: one whose text is the
/// correction's, the nearest to where the correction was made when several are, and never
/// one quotation for two corrections.
enum QuotationAnchor {
    /// The index of the correction on each quotation that has one, by quotation index.
    static func assign(_ corrections: [QuotationCorrection], to quotes: [Quote], paragraphs: [String]) -> [Int: Int] {
        guard !corrections.isEmpty, !quotes.isEmpty else { return [:] }
        let scalars = ParagraphScalars(paragraphs)
        let texts = quotes.map(scalars.text(of:))
        var pairs: [(distance: (Int, Int), correction: Int, quote: Int)] = []
        for (c, correction) in corrections.enumerated() {
            for (q, text) in texts.enumerated() where text == correction.text {
                let start = quotes[q].start
                pairs.append(((abs(start.paragraph - correction.paragraph), abs(start.start - correction.start)), c, q))
            }
        }
        pairs.sort { ($0.distance.0, $0.distance.1, $0.correction, $0.quote) < ($1.distance.0, $1.distance.1, $1.correction, $1.quote) }
        var byQuote: [Int: Int] = [:]
        var placed: Set<Int> = []
        for pair in pairs where byQuote[pair.quote] == nil && !placed.contains(pair.correction) {
            byQuote[pair.quote] = pair.correction
            placed.insert(pair.correction)
        }
        return byQuote
    }
}
