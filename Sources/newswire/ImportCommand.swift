import ArgumentParser
import Foundation
import ImportPipeline
import NewsAnalysis
import WireImport

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import wire text files into the cache.",
        discussion: "Directories are read recursively; '-' reads standard input. Exit status: 0 all files imported, 1 some failed (the rest is imported).")

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("Files, directories, or - for standard input.", valueName: "path"))
    var paths: [String]

    @Flag(help: "Store the stories without finding people, quotations and topics (run 'newswire reanalyze' later).")
    var noAnalysis = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file, directory or -") }
    }

    func run() throws {
        let store = try options.openStore()
        let found = WireSources(paths: paths)
        for (path, reason) in found.warnings { Console.warning("\(path): \(reason)") }
        for (path, reason) in found.problems { Console.error("\(path): \(reason)") }
        var (importer, bar) = Importer.onConsole(store, showsProgress: Console.stderrIsTerminal)
        if !noAnalysis {
            do { importer.analyzer = try AnalysisSetup.analyzer() } catch let error as SampleData.MissingData {
                Console.warning("stories are imported without people, quotations and topics: \(error)")
            } catch {
                Console.error("\(error)")
                throw ExitCode(1)
            }
        }
        var report = try importer.run(found.sources)
        bar?.clearLine()
        report.failed += found.problems.count
        print(report.summary)
        if report.failed > 0 { throw ExitCode(1) }
    }
}
