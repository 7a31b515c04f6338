import Foundation

/// Counts of a precision/recall measurement.
struct Score {
    var truePositives = 0
    var predicted = 0
    var gold = 0
    /// For recall: gold items found (may differ from truePositives when matching is not one to one).
    var found = 0

    var precision: Double { predicted == 0 ? 1 : Double(truePositives) / Double(predicted) }
    var recall: Double { gold == 0 ? 1 : Double(found) / Double(gold) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    static func += (a: inout Score, b: Score) {
        a.truePositives += b.truePositives
        a.predicted += b.predicted
        a.gold += b.gold
        a.found += b.found
    }

    var line: String {
        String(format: "P %.3f  R %.3f  F1 %.3f  (%d predicted, %d gold)", precision, recall, f1, predicted, gold)
    }
}

struct Accuracy {
    var correct = 0
    var total = 0
    var value: Double { total == 0 ? 1 : Double(correct) / Double(total) }
    var line: String { String(format: "%.3f (%d of %d)", value, correct, total) }
    mutating func add(_ ok: Bool) { total += 1; if ok { correct += 1 } }
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

func normalized(_ text: String) -> String {
    text.lowercased().replacingOccurrences(of: "’", with: "'")
        .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
}
