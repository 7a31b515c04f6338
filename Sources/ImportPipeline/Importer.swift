import Foundation
import NewsModel
import NewsStore
import NewsAnalysis
import WireImport

/// The import pipeline: worker threads read, parse and analyse files while this one writes
/// batches to the cache, so every core works and memory stays flat however many files there are.
public struct Importer {
    public struct Report: Equatable, Sendable {
        public var imported = 0, updated = 0, unchanged = 0, failed = 0
        /// Stories left out of files that were otherwise read (too long, no title): each was said.
        public var skipped = 0
        public init() {}
        public var summary: String {
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

    /// What is said of a file: a warning (the file was read, something in it was not), or an
    /// error (nothing of the file was stored). Each message begins with the file's name.
    public enum Notice: Equatable, Sendable {
        case warning(String)
        case error(String)
    }

    /// How far an import has come, after each file: its bytes read of all, stories so far.
    public struct Progress: Equatable, Sendable {
        public var bytesDone: Int
        public var bytesTotal: Int
        public var stories: Int
    }

    public let store: NewsStore
    /// Without one, stories are stored unanalysed (`newswire reanalyze` catches up).
    public var analyzer: Analyzer?
    public var tell: (Notice) -> Void = { _ in }
    /// Called on the writing thread once a file is stored; nil when nobody watches.
    public var progress: ((Progress) -> Void)?
    /// Stories per transaction. Each commit rewrites every page of the person, topic and date
    /// indexes that its stories touched, and stories arrive in no order of date, so a commit
    /// touches nearly all of them: at 1,000 stories a commit, an import of 100,000 wrote
    /// 2.5 GB for a 360 MB cache. At 5,000 it writes 1.3 GB, commits take a quarter of the
    /// time and the import is about 8% faster; memory stays the same (the page cache is
    /// bounded, and spills).
    public var batchSize = 5000

    public init(store: NewsStore, analyzer: Analyzer? = nil) {
        self.store = store
        self.analyzer = analyzer
    }

    public func run(_ sources: [WireSource]) throws -> Report {
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
        let sizes = progress == nil ? [] : sources.map { max(1, $0.size) }
        var watched = Progress(bytesDone: 0, bytesTotal: sizes.reduce(0, +), stories: 0)
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
                tell(chunk, tally, &report)
                if let progress {
                    watched.bytesDone += sizes[chunk.file]
                    watched.stories = stories
                    progress(watched)
                }
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
        return report
    }

    /// The warnings and the error of a file whose last piece has been read.
    private func tell(_ last: WireChunks.Chunk, _ tally: FileTally, _ report: inout Report) {
        let warnings = last.notes + [tally.decoding.warning].compactMap { $0 } + tally.problems.map(\.description)
        for warning in warnings { tell(.warning("\(last.source): \(warning)")) }
        report.skipped += tally.problems.count
        var error = last.error?.description
        if error == nil, tally.stories == 0, !tally.problems.isEmpty {
            error = "no story could be read (\(tally.problems.count) skipped)"
        }
        if let error {
            tell(.error("\(last.source): \(error)"))
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
