import NewsModel
/// Dates as datelines write them: `Jan 27, 2026`, `Sept 3, 2026`, `April 03, 2013`, `27 Jan 2026`.
enum WireDate {
    static func parse(_ text: Substring) -> Day? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." })
        guard words.count == 3 else { return nil }
        if let month = month(named: words[0]), let day = Int(words[1]), let year = year(words[2]) {
            return Day(year: year, month: month, day: day)
        }
        if let day = Int(words[0]), let month = month(named: words[1]), let year = year(words[2]) {
            return Day(year: year, month: month, day: day)
        }
        return nil
    }

    private static func year(_ word: Substring) -> Int? {
        word.count == 4 ? Int(word) : nil
    }

    private static let months = ["january", "february", "march", "april", "may", "june", "july",
                                 "august", "september", "october", "november", "december"]

    /// A full month name or a prefix of at least three letters (`Jan`, `Sept`).
    static func month(named word: Substring) -> Int? {
        let word = word.lowercased()
        guard word.count >= 3, word.allSatisfy(\.isLetter) else { return nil }
        return months.firstIndex(where: { $0.hasPrefix(word) }).map { $0 + 1 }
    }
}
