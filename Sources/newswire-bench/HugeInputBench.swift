import ArgumentParser
import Foundation
import NewsModel
import NewsStore
import ReaderUI
import WireImport

/// What big and pathological input costs: the peak memory of importing it, and how long the
/// largest story the importer accepts takes to show, in `show` and in the reader.
struct HugeInputBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "huge-input",
        abstract: "Import memory on huge files (200 MB without a line break, 5 and 25 MB paragraphs, a 100 MB file of stories); show and reader open time of the largest story accepted.")

    @Option(help: "Megabytes of the file without a line break.") var noBreakMegabytes = 200
    @Option(help: "Stories in the one big file of ordinary stories (about 2.9 KB each).") var stories = 35_000
    @Option(help: "Work folder (default: a temporary folder, removed afterwards).") var work: String?

    func run() throws {
        let folder = URL(fileURLWithPath: work ?? NSTemporaryDirectory() + "newswire-huge-\(getpid())")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { if work == nil { try? FileManager.default.removeItem(at: folder) } }
        let binary = try Bench.newswireBinary()
        func file(_ name: String) -> String { folder.appendingPathComponent(name).path }

        try writeRepeating(UInt8(ascii: "a"), megabytes: noBreakMegabytes, to: file("no-line-break.txt"))
        try HugeStories.paragraph(megabytes: 5).write(toFile: file("paragraph-5mb.txt"), atomically: false, encoding: .utf8)
        try HugeStories.paragraph(megabytes: 25).write(toFile: file("paragraph-25mb.txt"), atomically: false, encoding: .utf8)
        try HugeStories.largestAccepted.write(toFile: file("largest.txt"), atomically: false, encoding: .utf8)
        try HugeStories.manyParagraphs(100_000).write(toFile: file("paragraphs-100000.txt"), atomically: false, encoding: .utf8)
        let big = try oneFileOfStories(stories, to: file("stories-one-file.txt"), scratch: folder.appendingPathComponent("parts"))
        sync()

        for name in ["no-line-break.txt", "paragraph-5mb.txt", "paragraph-25mb.txt", "largest.txt", "paragraphs-100000.txt", "stories-one-file.txt"] {
            let cache = file("cache-\(name).sqlite")
            let size = fileSize(file(name))
            let run = try Measured.run(binary, ["import", "--db", cache, file(name)])
            let summary = run.output.split(separator: "\n").last ?? ""
            print("import \(name) (\(megabytes(size)) MB): peak memory \(run.maxRSSMegabytes) MB, \(format(run.seconds)) s, exit \(run.status): \(summary)")
        }
        print("(the one file of stories: \(megabytes(big)) MB, \(stories) stories)")

        for name in ["largest.txt", "paragraphs-100000.txt"] {
            let cache = file("cache-\(name).sqlite")
            let store = try NewsStore(path: cache)
            guard let id = try store.page(StoryFilter(), limit: 1).first?.id else { throw ValidationError("\(name) was not imported") }
            let analyzed = try store.analyzedStory(id)!
            let show = try Measured.run(binary, ["show", "--db", cache, id.short])
            let json = try Measured.run(binary, ["show", "--json", "--db", cache, id.short])
            let open = try Timing.samples(5) { _ in
                var state = ReaderState(size: Size(width: 100, height: 30))
                _ = state.update(.opened(analyzed, bookmarked: [], focus: nil))
                _ = state.render()
            }
            let tab = try Timing.samples(5) { _ in
                var state = ReaderState(size: Size(width: 100, height: 30))
                _ = state.update(.opened(analyzed, bookmarked: [], focus: nil))
                _ = state.update(.key(.tab))
                _ = state.render()
            }
            print("\(name): \(analyzed.story.paragraphs.count) paragraphs, \(analyzed.analysis.quotes.count) quotations; "
                + "show \(format(show.seconds * 1000)) ms, show --json \(format(json.seconds * 1000)) ms (whole process); "
                + "reader open p50 \(format(open.p50 * 1000)) ms, open and Tab p50 \(format(tab.p50 * 1000)) ms")
        }
    }

    private func writeRepeating(_ byte: UInt8, megabytes: Int, to path: String) throws {
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        let block = Data(repeating: byte, count: 1 << 20)
        for _ in 0..<megabytes { try handle.write(contentsOf: block) }
    }

    /// The synthetic wire's stories, all in one file.
    private func oneFileOfStories(_ count: Int, to path: String, scratch: URL) throws -> Int {
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        _ = try SyntheticWire.write(stories: count, seed: 7, into: scratch)
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        for name in try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted() {
            try handle.write(contentsOf: Data(contentsOf: scratch.appendingPathComponent(name)))
        }
        try FileManager.default.removeItem(at: scratch)
        return fileSize(path)
    }
}

/// Stories at and past the limits of `WireLimits`.
enum HugeStories {
    static func header(_ title: String) -> String {
        " date 2026-02-03 China News\n \(title)\n\n Tokyo (AFP) Feb 3, 2026\n\n"
    }

    /// A story whose one paragraph is `megabytes` long (over the limit), then an ordinary one.
    static func paragraph(megabytes: Int) -> String {
        let sentence = "\"We will respond,\" said Okabe, and the ministry said \"no\". "
        let paragraph = String(repeating: sentence, count: megabytes << 20 / sentence.utf8.count)
        return header("A paragraph of \(megabytes) MB") + paragraph + "\n\n" + header("An ordinary story") + "Okabe said: \"Calm.\"\n"
    }

    /// As long as a story may be: paragraphs as long as they may be, full of quotations.
    static var largestAccepted: String {
        let sentence = "\"We will respond,\" said Okabe. "
        let perParagraph = (WireLimits.paragraphBytes - 64) / sentence.utf8.count
        let paragraphs = (WireLimits.storyBytes - 256) / (perParagraph * sentence.utf8.count + 2)
        let paragraph = String(repeating: sentence, count: perParagraph)
        return header("The largest story accepted") + Array(repeating: paragraph, count: paragraphs).joined(separator: "\n\n") + "\n"
    }

    /// A story of `count` short paragraphs.
    static func manyParagraphs(_ count: Int) -> String {
        header("A story of \(count) paragraphs") + (0..<count).map { "\($0 % 97)." }.joined(separator: "\n\n") + "\n"
    }
}
