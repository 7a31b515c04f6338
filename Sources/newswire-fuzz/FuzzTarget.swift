import Foundation
import NewsAnalysis
import NewsModel
import ReaderUI
import WireImport

/// One input through everything a story meets on import and display: the streamed reader,
/// the analysis, the checks of its offsets, quotation texts and the reader's story view.
struct FuzzTarget {
    let analyzer: Analyzer
    private(set) var worstNanosecondsPerByte = 0.0
    private(set) var worstSlowdown = 0.0
    private let file = FileManager.default.temporaryDirectory.appendingPathComponent("newswire-fuzz-\(getpid()).txt")

    init(analyzer: Analyzer) { self.analyzer = analyzer }

    struct Outcome { var stories = 0; var problems: [String] = [] }

    mutating func run(_ input: [UInt8]) throws -> Outcome {
        var outcome = Outcome()
        let nanoseconds = try timed { outcome = try exercise(input) }
        if input.count > 4096 { worstNanosecondsPerByte = max(worstNanosecondsPerByte, nanoseconds / Double(input.count)) }
        return outcome
    }

    /// Time per byte of the input with every line but the `date` lines eight times as long
    /// (so each story and paragraph is), over that of the input: about 1 when the work is
    /// linear in a story's size, 8 when it is quadratic. Nil for input too small to time.
    mutating func slowdown(of input: [UInt8]) throws -> Double? {
        guard input.count >= 16 << 10 else { return nil }
        let small = try best(of: 3) { _ = try exercise(input) } / Double(input.count)
        let large = FuzzTarget.lengthened(input, times: 8)
        let big = try best(of: 3) { _ = try exercise(large) } / Double(large.count)
        let slowdown = big / max(small, 1)
        worstSlowdown = max(worstSlowdown, slowdown)
        return slowdown
    }

    static func lengthened(_ input: [UInt8], times: Int) -> [UInt8] {
        input.split(separator: 0x0A, omittingEmptySubsequences: false).map { line -> [UInt8] in
            let isHeader = line.drop(while: { $0 == 0x20 || $0 == 0x09 }).starts(with: Array("date".utf8))
            return isHeader || line.isEmpty ? Array(line) : Array(Array(repeating: Array(line), count: times).joined(separator: [0x20]))
        }.joined(separator: [0x0A]).map { $0 }
    }

    private func exercise(_ input: [UInt8]) throws -> Outcome {
        var outcome = Outcome()
        try Data(input).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        guard let (result, _) = try? WireParser.stories(from: .file(file.path)) else { return outcome }
        for story in result.stories {
            outcome.stories += 1
            let analysis = analyzer.analyze(story)
            let scalars = ParagraphScalars(story.paragraphs)
            let dropped = analysis.validated(against: scalars).dropped
            if dropped > 0 { outcome.problems.append("the analysis of \"\(story.title.prefix(60))\" gave \(dropped) offsets outside its text") }
            for quote in analysis.quotes { _ = scalars.text(of: quote) }
            var state = ReaderState(size: Size(width: 80, height: 24))
            _ = state.update(.opened(AnalyzedStory(story: story, analysis: analysis, personIDs: analysis.people.map { _ in 0 }),
                                     bookmarked: [], focus: nil))
            _ = state.update(.key(.tab))
            _ = state.render()
        }
        return outcome
    }

    private func timed(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start)
    }

    private func best(of rounds: Int, _ body: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<rounds { best = min(best, try timed(body)) }
        return best
    }
}
