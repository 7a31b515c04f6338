import Foundation
import NewsModel
import NewsStore
import NewsAnalysis
import WireImport

/// The import pipeline: worker threads read, parse and analyse files while this one writes
/// batches to the cache, so every core works and memory stays flat however many files there are.
struct Importer {
    struct Report: Equatable {
        var imported = 0, updated = 0, unchanged = 0, failed = 0
        /// Stories left out of files that were otherwise read (too long, no title): each was said.
        var skipped = 0
        var summary: String {
            let line = "imported \(imported), updated \(updated), unchanged \(unchanged), failed \(failed)"
            return skipped == 0 ? line : line + ", stories skipped \(skipped)"
        }
    }

    /// What a worker hands over for one piece of a file.
    private struct ParsedChunk: Sendable {
        var chunk: WireChunks.Chunk
        var stories: [PreparedStory] = []
        var problems: [WireParser.Problem] = []
        var decoding = WireDecoding.Report()
    }

    /// What the writer learns of a file as its pieces come, said when its last one has.
    private struct FileTally {
        var stories = 0
        var problems: [WireParser.Problem] = []
        var decoding = WireDecoding.Report()
    }

    let store: NewsStore
    var showsProgress = false
    /// Without one, stories are stored unanalysed (`newswire reanalyze` catches up).
    var analyzer: Analyzer?
    /// Stories per transaction. Each commit rewrites every page of the person, topic and date
    /// indexes that its stories touched, and stories arrive in no order of date, so a commit
    /// touches nearly all of them: at 1,000 stories a commit, an import of 100,000 wrote
    /// 2.5 GB for a 360 MB cache. At 5,000 it writes 1.3 GB, commits take a quarter of the
    /// time and the import is about 8% faster; memory stays the same (the page cache is
    /// bounded, and spills).
    var batchSize = 5000

    func run(_ sources: [WireSource]) throws -> Report {
        try store.prepareForImport()
        // 64 pieces ahead: the workers keep busy while the writer commits or the log is
        // checkpointed (at 32 the two cores were busy 1.86-1.93 of the time, at 64 1.96; at
        // 16 the machine was idle 7% of the time, at 8 a fifth). Memory stays flat: the writer
        // holds no batch, and each piece is at most a few hundred KB (64 cost 6-9 MB more).
        let chunks = WireChunks(sources)
        let work = OrderedWork<WireChunks.Chunk, ParsedChunk>(window: 64, source: chunks.next)
        let analyzer = self.analyzer
        work.start(threads: analyzer == nil ? 1 : 2) { Importer.parse($0, analyzer) }

        var report = Report()
        let sizes = showsProgress ? sources.map { max(1, $0.size) } : Array(repeating: 1, count: sources.count)
        var progress = Progress(total: sizes.reduce(0, +), enabled: showsProgress)
        var tally = FileTally()
        var stories = 0
        try store.save(from: {
            guard let parsed = work.next() else { return nil }
            let chunk = parsed.chunk
            tally.stories += parsed.stories.count
            tally.problems += parsed.problems
            tally.decoding.merge(parsed.decoding)
            stories += parsed.stories.count
            if chunk.endsFile {
                progress.clearLine()
                Importer.tell(chunk, tally, &report)
                progress.advance(by: sizes[chunk.file], stories: stories)
                tally = FileTally()
            }
            return parsed.stories
        }, batchSize: batchSize, saved: { outcome in
            switch outcome {
            case .imported: report.imported += 1
            case .updated: report.updated += 1
            case .unchanged: report.unchanged += 1
            }
        })
        progress.clearLine()
        return report
    }

    /// The warnings and the error of a file whose last piece has been read.
    private static func tell(_ last: WireChunks.Chunk, _ tally: FileTally, _ report: inout Report) {
        let warnings = last.notes + [tally.decoding.warning].compactMap { $0 } + tally.problems.map(\.description)
        for warning in warnings { Console.warning("\(last.source): \(warning)") }
        report.skipped += tally.problems.count
        var error = last.error?.description
        if error == nil, tally.stories == 0, !tally.problems.isEmpty {
            error = "no story could be read (\(tally.problems.count) skipped)"
        }
        if let error {
            Console.error("\(last.source): \(error)")
            report.failed += 1
        }
    }

    private static func parse(_ chunk: WireChunks.Chunk, _ analyzer: Analyzer?) -> ParsedChunk {
        var parsed = ParsedChunk(chunk: chunk)
        for item in chunk.items {
            switch item {
            case .skipped(let problem):
                parsed.problems.append(problem)
            case .story(let raw):
                let (result, decoding) = WireParser.stories(in: raw)
                parsed.stories += result.stories.map { PreparedStory($0, analysis: analyzer?.analyze($0)) }
                parsed.problems += result.problems
                parsed.decoding.merge(decoding)
            }
        }
        // The raw text is parsed now: only what is said of the file travels on.
        parsed.chunk.items = []
        return parsed
    }
}

/// A one-line progress bar on stderr, shown only on a terminal and only once an import has
/// run for half a second, so short imports and scripts see nothing.
private struct Progress {
    let total: Int
    let enabled: Bool
    var done = 0
    let start = Date()
    var lastDraw = Date.distantPast
    var drawn = false

    init(total: Int, enabled: Bool) {
        self.total = max(total, 1)
        self.enabled = enabled
    }

    mutating func advance(by bytes: Int, stories: Int) {
        done += bytes
        guard enabled, Date().timeIntervalSince(start) > 0.5, Date().timeIntervalSince(lastDraw) > 0.1 else { return }
        lastDraw = Date()
        let fraction = min(1, Double(done) / Double(total))
        let width = 30
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
        FileHandle.standardError.write(Data("\r\u{1B}[Kimporting [\(bar)] \(Int(fraction * 100))%  \(stories) stories".utf8))
        drawn = true
    }

    mutating func clearLine() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }
}
