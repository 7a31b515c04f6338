import ArgumentParser
import Foundation
import NewsAnalysis
import NewsEvaluation
import WireImport

@main
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newswire-eval",
        abstract: "Measures the people, quotation and topic analysis against gold data, dev and test side by side.",
        discussion: """
            Own gold set: Tests/NewsAnalysisTests/Gold/{dev,test}. Wikinews: Tests/NewsAnalysisTests/Wikinews/{dev,test} \
            against ../shared/corpora/wikinews. Corpora (../shared/corpora): PolNeAR dev and train, GUM news and gum-more \
            (train and dev documents); a corpus that is not there is skipped, saying so. --verbose and --debug list the \
            mistakes of the splits the analysis is tuned on only: test splits are measured, never looked into.
            """)

    @Option(help: "The checkout (default: found above the current folder or the executable).") var root: String?
    @Option(help: "The reference corpora (default: $NEWSWIRE_CORPORA, else ROOT/../shared/corpora).") var corpora: String?
    @Flag(help: "Print every mistake on the own and Wikinews dev splits.") var verbose = false
    @Flag(help: "Print the misses of PolNeAR dev and GUM train too.") var debug = false
    @Option(help: "Only print the analysis of the stories in this wire file.") var story: String?
    @Option(help: "Only this PolNeAR split (dev, or train: not tuned on); default both.") var polnearSplit: String?
    @Option(help: "Measure the dev splits the name tagger is trained on by cross-validation: each fold tagged by a model trained without it.") var folds: Int?

    func run() throws {
        let root = try Checkout.find(root)
        let analyzer = try Analyzer.load(dataDirectory: root.appendingPathComponent("Data"))
        if let story {
            try printAnalysis(of: story, analyzer)
            return
        }
        let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
        let corpora = corporaFolder(self.corpora, root: root)
        var table = Table()
        if let folds {
            try crossValidate(folds: folds, root: root, corpora: corpora, table: &table)
            return
        }

        let gold = root.appendingPathComponent("Tests/NewsAnalysisTests/Gold")
        let seeds = shared.appendingPathComponent("seeds")
        let dev = try GoldSet(analyzer: analyzer).run(folder: gold.appendingPathComponent("dev"), seeds: seeds)
        let test = try GoldSet(analyzer: analyzer).run(folder: gold.appendingPathComponent("test"), seeds: nil)
        table.storyFigures("Own gold set", dev.all, test.all)
        if let example = dev.example {
            table.line("  the seed story (dev)", String(format: "F1 %.3f", example.overall.f1), "")
        } else {
            table.note("  the seed story: skipped (\(seeds.path) not present)")
        }
        var mistakes = dev.all.mistakes

        let csv = corpora.appendingPathComponent("wikinews/wikinews_2019.csv")
        if FileManager.default.fileExists(atPath: csv.path) {
            let articles = try WikinewsGold.articles(csv: csv)
            let folder = root.appendingPathComponent("Tests/NewsAnalysisTests/Wikinews")
            let wikinews = WikinewsGold(analyzer: analyzer)
            let dev = try wikinews.run(folder: folder.appendingPathComponent("dev"), articles: articles)
            let test = try wikinews.run(folder: folder.appendingPathComponent("test"), articles: articles)
            table.storyFigures("Wikinews 2019", dev, test, roles: false)
            mistakes += dev.mistakes
        } else {
            table.note("Wikinews 2019: skipped (\(csv.path) not present)")
        }

        let splits = polnearSplit.map { [$0] } ?? ["dev", "train"]
        var polnear: [(String, PolNeAR.Result)] = []
        for split in splits {
            let folder = corpora.appendingPathComponent("polnear/\(split)")
            guard FileManager.default.fileExists(atPath: folder.path) else {
                table.note("PolNeAR \(split): skipped (\(folder.path) not present)")
                continue
            }
            let result = try PolNeAR(analyzer: analyzer, debug: debug && split == "dev").run(folder: folder)
            polnear.append(("\(split) (\(result.texts) texts\(split == "train" ? ", not tuned on" : ""))", result))
        }
        if !polnear.isEmpty {
            let column = { (i: Int) -> [String] in
                i < polnear.count ? [polnear[i].1.quotes.line, polnear[i].1.speakers.line + " (\(polnear[i].1.speakers.counts))"] : ["", ""]
            }
            table.heading("PolNeAR, direct quotations", polnear.first?.0 ?? "", polnear.count > 1 ? polnear[1].0 : "")
            table.line("  quotations", column(0)[0], column(1)[0])
            table.line("  speaker accuracy", column(0)[1], column(1)[1])
        }

        var documents: [GUM.Document] = []
        for name in ["gum-news", "gum-more"] {
            let folder = corpora.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: folder.path) {
                documents += try GUM.documents(in: folder)
            } else {
                table.note("GUM \(name): skipped (\(folder.path) not present)")
            }
        }
        if !documents.isEmpty {
            let train = documents.filter { !$0.isDev }, devDocuments = documents.filter(\.isDev)
            table.heading("GUM, named-person mentions", "train (\(train.count) documents)", "dev (\(devDocuments.count), not tuned on)")
            for genre in ["news", "interview", "bio", "court", "academic"] {
                let a = GUM.score(train.filter { $0.genre == genre }, analyzer: analyzer, debug: debug)
                let b = GUM.score(devDocuments.filter { $0.genre == genre }, analyzer: analyzer)
                table.line("  \(genre)", a.line, b.line)
            }
            table.line("  all", GUM.score(train, analyzer: analyzer).line, GUM.score(devDocuments, analyzer: analyzer).line)
        }
        print(table.text)
        if verbose { for mistake in mistakes { print("  - \(mistake)") } }
    }

    private func crossValidate(folds: Int, root: URL, corpora: URL, table: inout Table) throws {
        let data = try NameTrainingData.load(root: root, corpora: corpora)
        let plain = try Analyzer.load(dataDirectory: root.appendingPathComponent("Data"), nameModel: NameModel())
        var gold = StoryFigures(), wikinews = StoryFigures()
        for fold in 0..<folds {
            let model = NameModel.train(data.excluding(fold: fold, of: folds), gazetteer: plain.gazetteer).model
            let analyzer = try Analyzer.load(dataDirectory: root.appendingPathComponent("Data"), nameModel: model)
            let names = data.names(inFold: fold, of: folds)
            gold += try GoldSet(analyzer: analyzer).run(folder: root.appendingPathComponent("Tests/NewsAnalysisTests/Gold/dev"),
                                                         seeds: nil, only: names.contains).all
            wikinews += try WikinewsGold(analyzer: analyzer).run(folder: root.appendingPathComponent("Tests/NewsAnalysisTests/Wikinews/dev"),
                                                                 articles: data.articles, only: names.contains)
        }
        table.storyFigures("Cross-validated (\(folds) folds)", gold, wikinews, columns: ("own gold dev", "Wikinews dev"))
        crossValidateGUM(data, folds: folds, root: root, plain: plain, table: &table)
        print(table.text)
        if verbose { for mistake in gold.mistakes + wikinews.mistakes { print("  - \(mistake)") } }
    }

    /// GUM's train documents through the whole analysis, each fold by a model trained without it:
    /// the figure that says how the tagger does on kinds of text it has not seen, as GUM's dev documents measure.
    private func crossValidateGUM(_ data: NameTrainingData, folds: Int, root: URL, plain: Analyzer, table: inout Table) {
        let genres = ["news", "interview", "bio", "court", "academic"]
        var scores = [String: Score]()
        for fold in 0..<folds {
            let model = NameModel.train(data.excludingGUM(fold: fold, of: folds), gazetteer: plain.gazetteer).model
            guard let analyzer = try? Analyzer.load(dataDirectory: root.appendingPathComponent("Data"), nameModel: model) else { return }
            let held = data.gumDocuments.enumerated().filter { $0.offset % folds == fold }.map(\.element)
            for genre in genres { scores[genre, default: Score()] += GUM.score(held.filter { $0.genre == genre }, analyzer: analyzer, debug: debug) }
        }
        table.heading("GUM train, cross-validated", "(\(data.gumDocuments.count) documents)", "")
        var all = Score()
        for genre in genres {
            table.line("  \(genre)", scores[genre, default: Score()].line, "")
            all += scores[genre, default: Score()]
        }
        table.line("  all", all.line, "")
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
}

/// Rows of three columns: what, the dev figure, the test figure.
struct Table {
    private var rows: [[String]] = []

    mutating func heading(_ title: String, _ a: String, _ b: String) { rows.append([title, a, b]) }
    mutating func line(_ title: String, _ a: String, _ b: String) { rows.append([title, a, b]) }
    mutating func note(_ text: String) { rows.append([text]) }

    mutating func storyFigures(_ title: String, _ dev: StoryFigures, _ test: StoryFigures, roles: Bool = true,
                               columns: (String, String) = ("dev", "test")) {
        heading(title, "\(columns.0) (\(dev.stories) stories)", "\(columns.1) (\(test.stories)\(columns.1 == "test" ? ", frozen" : ""))")
        line("  people", dev.people.line, test.people.line)
        line("  mentions", dev.mentions.line, test.mentions.line)
        line("  quotations", dev.quotes.line, test.quotes.line)
        line("  speakers", dev.speakers.line + " (\(dev.speakers.counts))", test.speakers.line + " (\(test.speakers.counts))")
        line("  partial flags", dev.partial.line, test.partial.line)
        if roles { line("  roles", dev.roles.line, test.roles.line) }
        line("  pair topics", dev.topics.line, test.topics.line)
        line("  overall", String(format: "F1 %.3f", dev.overall.f1), String(format: "F1 %.3f", test.overall.f1))
    }

    var text: String {
        let widths = (0..<3).map { column in rows.filter { $0.count == 3 }.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            guard row.count == 3 else { return row[0] }
            return row[0].padding(toLength: widths[0] + 2, withPad: " ", startingAt: 0)
                + row[1].padding(toLength: widths[1] + 3, withPad: " ", startingAt: 0) + row[2]
        }.joined(separator: "\n")
    }
}
