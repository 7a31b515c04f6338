import ArgumentParser
import Foundation
import NewsAnalysis
import NewsStore

struct ReanalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reanalyze",
        abstract: "Find people, quotations and topics again in every cached story (after the gazetteers or topic rules changed).")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let store = try options.openStore(noticingUnfinishedReanalysis: false)
        let analyzer: Analyzer
        do { analyzer = try AnalysisSetup.analyzer() } catch {
            Console.error("\(error)")
            throw ExitCode(1)
        }
        var after: Int64 = 0
        if let unfinished = try store.unfinishedReanalysis() {
            Console.note("resuming the reanalysis started \(unfinished.started) and interrupted after \(unfinished.done) of \(unfinished.total) stories")
            after = unfinished.afterRowid
        }
        try store.beginReanalysis(started: ISO8601DateFormatter().string(from: Date()))
        var count = 0
        while true {
            let batch = try store.stories(afterRowid: after, limit: 1000)
            guard let last = batch.last else { break }
            let analyses = Analyses(count: batch.count)
            DispatchQueue.concurrentPerform(iterations: batch.count) { analyses.set($0, analyzer.analyze(batch[$0].story)) }
            try store.replaceAnalyses(zip(batch, analyses.all).map { ($0.rowid, $0.story, $1) })
            after = last.rowid
            count += batch.count
        }
        try store.finishReanalysis()
        print("reanalyzed \(count) stories")
    }
}

/// Results written by concurrent iterations, each to its own slot.
private final class Analyses: @unchecked Sendable {
    private var slots: [StoryAnalysis?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ analysis: StoryAnalysis) { lock.withLock { slots[index] = analysis } }
    var all: [StoryAnalysis] { lock.withLock { slots.map { $0 ?? StoryAnalysis() } } }
}

import NewsModel
