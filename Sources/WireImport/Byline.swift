import Foundation
import NewsModel

/// The named authors of a byline: `by Hiroshi Tanabe and Mei Sato` gives two, `By Issam AHMED`
/// gives "Issam Ahmed", `by AFP Staff Writers` gives none.
enum Byline {
    static func isByline(_ line: String) -> Bool {
        let lower = line.prefix(3).lowercased()
        return lower == "by " || line.lowercased() == "by"
    }

    static func authors(in line: String) -> [String] {
        var text = line.dropFirst(2).trimmingWireSpace()
        if let open = text.firstIndex(of: "(") { text = text[..<open].trimmingWireSpace() }
        let lower = text.lowercased()
        let staffWords = ["staff", "writers", "reporters", "correspondent", "editors", "desk", "bureau"]
        if staffWords.contains(where: { lower.containsBytes(of: $0) }) { return [] }
        var names: [String] = []
        for part in text.split(separator: ",").flatMap({ $0.components(separatedBy: " and ") })
            .flatMap({ $0.components(separatedBy: " & ") }) {
            let words = part.split(separator: " ")
            guard !words.isEmpty else { continue }
            names.append(words.map(capitalizedIfShouted).joined(separator: " "))
        }
        return names
    }

    /// `AHMED` -> `Ahmed`; `McDONALD` and initials stay as written.
    private static func capitalizedIfShouted(_ word: Substring) -> String {
        let letters = word.filter(\.isLetter)
        guard letters.count > 1, letters.allSatisfy(\.isUppercase) else { return String(word) }
        return word.prefix(1) + word.dropFirst().lowercased()
    }
}
