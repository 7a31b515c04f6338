import ArgumentParser
import Foundation
import NewsAnalysis
import WireImport

@main
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newswire-eval",
        abstract: "Measures the people, quotation and topic analysis against gold data.",
        discussion: "Own gold set: Tests/NewsAnalysisTests/Gold. Corpora: ../shared/corpora (PolNeAR dev, GUM news); a corpus that is not there is skipped.")

    @Option(help: "The checkout (default: found above the current folder or the executable).") var root: String?
    @Option(help: "The reference corpora (default: ROOT/../shared/corpora).") var corpora: String?
    @Flag(help: "Print every mistake on the own gold set.") var verbose = false
    @Option(help: "Only print the analysis of the stories in this wire file.") var story: String?
    @Option(help: "The PolNeAR split to measure (dev, or train for a check on texts not tuned on).") var polnearSplit = "dev"

    func run() throws {
        let root = try findRoot()
        let analyzer = try Analyzer.load(dataDirectory: root.appendingPathComponent("Data"))
        if let story {
            try printAnalysis(of: story, analyzer)
            return
        }
        let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
        let corpora = self.corpora.map(URL.init(fileURLWithPath:)) ?? shared.appendingPathComponent("corpora")

        let own = try GoldSet(analyzer: analyzer).run(gold: root.appendingPathComponent("Tests/NewsAnalysisTests/Gold"),
                                                      seeds: shared.appendingPathComponent("seeds"))
        print("Own gold set (\(own.all.stories) stories)")
        report(own.all)
        if let example = own.example {
            print("  example story (../shared/seeds): overall F1 \(String(format: "%.3f", example.overall.f1))")
            for mistake in example.mistakes { print("    \(mistake)") }
        }
        if verbose { for mistake in own.all.mistakes { print("  - \(mistake)") } }

        let polnear = corpora.appendingPathComponent("polnear/\(polnearSplit)")
        if FileManager.default.fileExists(atPath: polnear.path) {
            let result = try PolNeAR(analyzer: analyzer).run(folder: polnear)
            print("PolNeAR \(polnearSplit) (\(result.texts) texts), direct quotations")
            print("  quotations: \(result.quotes.line)")
            print("  speaker accuracy: \(result.speakers.line)")
        } else {
            print("PolNeAR \(polnearSplit): skipped (\(polnear.path) not present)")
        }
        let gum = corpora.appendingPathComponent("gum-news")
        if FileManager.default.fileExists(atPath: gum.path) {
            print("GUM news, named-person mentions")
            print("  \(try GUM(analyzer: analyzer).run(folder: gum).line)")
        } else {
            print("GUM news: skipped (\(gum.path) not present)")
        }
    }

    private func printAnalysis(of path: String, _ analyzer: Analyzer) throws {
        let text = try WireText(decoding: Data(contentsOf: URL(fileURLWithPath: path)))
        for story in WireParser.stories(in: text.bytes).stories {
            let analysis = analyzer.analyze(story)
            print("== \(story.title)")
            for person in analysis.people {
                let mentions = person.mentions.map { m in
                    String(String.UnicodeScalarView(Array(story.paragraphs[m.paragraph].unicodeScalars)[m.start..<m.end]))
                }
                print("person: \(person.name) | \(person.role ?? "-") | \(person.gender?.rawValue ?? "?") | \(mentions)")
            }
            for quote in analysis.quotes {
                print("quote[\(quote.partial ? "partial" : "full")] \(quote.speaker.kind.rawValue) \(quote.speaker.text ?? "-"): \(quote.text(in: story.paragraphs).prefix(70))")
            }
            print("topics: \(analysis.topics.map { "\($0.name) (\($0.kind.rawValue))" })")
        }
    }

    private func report(_ result: GoldSet.Result) {
        print("  people:     \(result.people.line)")
        print("  mentions:   \(result.mentions.line)")
        print("  quotations: \(result.quotes.line)")
        print("  speakers:   \(result.speakers.line)")
        print("  partial:    \(result.partial.line)")
        print("  roles:      \(result.roles.line)")
        print("  pair topics: \(result.topics.line)")
        print("  overall:    \(result.overall.line)")
    }

    private func findRoot() throws -> URL {
        if let root { return URL(fileURLWithPath: root) }
        var starts = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
        if let executable = Bundle.main.executableURL { starts.append(executable.deletingLastPathComponent()) }
        for start in starts {
            var folder = start
            while folder.path != "/" {
                if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Data/gazetteers").path) { return folder }
                folder = folder.deletingLastPathComponent()
            }
        }
        throw ValidationError("cannot find the checkout (a folder with Data/gazetteers); pass --root")
    }
}
