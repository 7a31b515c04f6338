import ArgumentParser
import Foundation
import ImportPipeline
import NewsModel
import NewsStore
import NewsAnalysis
import WireImport

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Open the reader on the bundled sample wire, in a throwaway cache (your own cache is not touched).",
        discussion: "Without a terminal it prints the sample wire's story list instead.")

    func run() throws {
        let data: SampleData
        do { data = try SampleData.locate() } catch {
            Console.error("\(error)")
            throw ExitCode(1)
        }
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("newswire-demo-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try NewsStore(path: folder.appendingPathComponent("cache.sqlite").path)
        let found = WireSources(paths: [data.wire.path])
        var (importer, _) = Importer.onConsole(store, showsProgress: false)
        do { importer.analyzer = try Analyzer.load(dataDirectory: data.directory) } catch {
            Console.warning("the demo runs without people, quotations and topics: \(error)")
        }
        _ = try importer.run(found.sources)
        if Console.stdoutIsTerminal && isatty(STDIN_FILENO) == 1 {
            try ReaderCommand.open(store, banner: "demo: this cache is thrown away on quit")
            let kept = try store.bookmarks().count
            if kept > 0 {
                Console.note("the demo's cache is thrown away, and with it \(kept == 1 ? "the bookmark" : "the \(kept) bookmarks") you made. "
                    + "To keep your work, use a cache of your own: newswire import \(data.wire.path) --db PATH, then newswire --db PATH "
                    + "(without --db: \(GlobalOptions.defaultCachePath))")
            }
            return
        }
        for story in try store.page(StoryFilter(), limit: 1000) {
            print(StoryText.listLine(story))
        }
    }
}
