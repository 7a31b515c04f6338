import Foundation

/// Counts of a precision/recall measurement.
public struct Score: Sendable {
    public var truePositives = 0
    public var predicted = 0
    public var gold = 0
    /// For recall: gold items found (may differ from truePositives when matching is not one to one).
    public var found = 0

    public init(truePositives: Int = 0, predicted: Int = 0, gold: Int = 0, found: Int = 0) {
        self.truePositives = truePositives
        self.predicted = predicted
        self.gold = gold
        self.found = found
    }

    public var precision: Double { predicted == 0 ? 1 : Double(truePositives) / Double(predicted) }
    public var recall: Double { gold == 0 ? 1 : Double(found) / Double(gold) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    public static func += (a: inout Score, b: Score) {
        a.truePositives += b.truePositives
        a.predicted += b.predicted
        a.gold += b.gold
        a.found += b.found
    }

    public var line: String {
        String(format: "P %.3f R %.3f F1 %.3f", precision, recall, f1)
    }

    public var counts: String { "\(predicted) found, \(gold) gold" }
}

public struct Accuracy: Sendable {
    public var correct = 0
    public var total = 0
    public init() {}
    public var value: Double { total == 0 ? 1 : Double(correct) / Double(total) }
    public var line: String { String(format: "%.3f", value) }
    public var counts: String { "\(correct) of \(total)" }
    public mutating func add(_ ok: Bool) { total += 1; if ok { correct += 1 } }

    public static func += (a: inout Accuracy, b: Accuracy) {
        a.correct += b.correct
        a.total += b.total
    }
}

/// Multiset matching: how many items of `predicted` pair with an item of `gold`.
func matched<T: Hashable>(_ predicted: [T], _ gold: [T]) -> Int {
    var remaining: [T: Int] = [:]
    for item in gold { remaining[item, default: 0] += 1 }
    var count = 0
    for item in predicted where remaining[item, default: 0] > 0 {
        remaining[item]! -= 1
        count += 1
    }
    return count
}

/// Lower case, diacritics and curly apostrophes folded, white space collapsed: the form
/// names and quotations are compared in.
func normalized(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        .replacingOccurrences(of: "’", with: "'")
        .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
}
