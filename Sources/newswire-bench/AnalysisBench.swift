import ArgumentParser
import Foundation
import NewsAnalysis
import NewsModel
import WireImport

/// Analysis alone, on one thread: what a story costs before any writing.
struct AnalysisBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analysis",
        abstract: "Analysis throughput on one thread (parsing and writing left out).")

    @Option(help: "How many synthetic stories.") var stories = 10_000
    @Option(help: "Seed of the generator: the same seed gives the same corpus.") var seed: UInt64 = 42
    @Option(help: "The Data folder with gazetteers/ and topics/ (default: the checkout's Data/).") var data: String?
    @Option(help: "Rounds over the corpus; the best round is reported.") var rounds = 3
    @Option(help: "Analyse the wire files in this folder instead of a synthetic corpus.") var wire: String?
    @Option(help: "Write every analysis to this file, to compare two versions of the analysis.") var dump: String?

    func run() throws {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory() + "newswire-analysis-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = wire.map { URL(fileURLWithPath: $0) } ?? folder
        if wire == nil { _ = try SyntheticWire.write(stories: stories, seed: seed, into: folder) }
        var parsed: [Story] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path).sorted() where name.hasSuffix(".txt") {
            let bytes = try [UInt8](Data(contentsOf: source.appendingPathComponent(name)))
            parsed += WireParser.stories(in: bytes).stories
        }
        let analyzer = try Analyzer.load(dataDirectory: dataDirectory())
        var best = Double.infinity
        var checksum = 0
        for _ in 0..<rounds {
            let start = DispatchTime.now().uptimeNanoseconds
            for story in parsed {
                let analysis = analyzer.analyze(story)
                checksum &+= analysis.people.count + analysis.quotes.count + analysis.topics.count
            }
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        if let dump {
            let text = parsed.map { "\($0.title)\n\(analyzer.analyze($0))\n" }.joined()
            try Data(text.utf8).write(to: URL(fileURLWithPath: dump))
        }
        print("analysis: \(format(Double(parsed.count) / best)) stories/s on one thread, "
              + "\(format(best / Double(parsed.count) * 1e6)) µs a story (\(parsed.count) stories, best of \(rounds); check \(checksum))")
    }

    private func dataDirectory() throws -> URL {
        if let data { return URL(fileURLWithPath: data) }
        var folder = Bundle.main.executableURL!.resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("Data")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("gazetteers").path) { return candidate }
            folder.deleteLastPathComponent()
        }
        throw ValidationError("cannot find Data/ above the benchmark; pass --data")
    }
}
