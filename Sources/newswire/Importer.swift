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
        var summary: String { "imported \(imported), updated \(updated), unchanged \(unchanged), failed \(failed)" }
    }

    /// What the reading thread hands over for one file.
    private struct ParsedFile: Sendable {
        var source: WireSource
        var stories: [PreparedStory] = []
        var warnings: [String] = []
        var error: String?
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
        // 32 files ahead: the workers keep busy while the writer commits or the log is
        // checkpointed (at 16 the machine was idle 7% of the time, at 8 a fifth). Memory
        // stays flat: the writer holds no batch, and each file waits in compact form.
        let work = OrderedWork<ParsedFile>(total: sources.count, window: 32)
        let analyzer = self.analyzer
        work.start(threads: analyzer == nil ? 1 : 2) { Importer.parse(sources[$0], analyzer) }

        var report = Report()
        let sizes = showsProgress ? sources.map { max(1, $0.size) } : Array(repeating: 1, count: sources.count)
        var progress = Progress(total: sizes.reduce(0, +), enabled: showsProgress)
        var fileIndex = 0
        var stories = 0
        try store.save(from: {
            guard let file = work.next() else { return nil }
            for warning in file.warnings { progress.clearLine(); Console.warning("\(file.source): \(warning)") }
            if let error = file.error {
                progress.clearLine()
                Console.error("\(file.source): \(error)")
                report.failed += 1
            }
            stories += file.stories.count
            progress.advance(by: sizes[fileIndex], stories: stories)
            fileIndex += 1
            return file.stories
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

    private static func parse(_ source: WireSource, _ analyzer: Analyzer?) -> ParsedFile {
        var file = ParsedFile(source: source)
        do {
            let text = try source.read()
            let result = WireParser.stories(in: text.bytes)
            file.warnings = text.warnings + result.problems.map(\.description)
            file.stories = result.stories.map { PreparedStory($0, analysis: analyzer?.analyze($0)) }
            if result.stories.isEmpty {
                file.error = result.problems.isEmpty ? WireFileError.noStory.description
                    : "no story could be read (\(result.problems.count) skipped)"
            }
        } catch {
            file.error = error.description
        }
        return file
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
