import ArgumentParser
import Foundation
import NewsAnalysis
import NewsEvaluation

@main
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newswire-train",
        abstract: "Trains what the analysis learns from data, deterministically, and writes it into Data/models.",
        subcommands: [People.self])
}

struct People: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Trains the name tagger (Data/models/person-names.tsv).",
        discussion: """
            From GUM's train documents (gum-news and gum-more; never its dev documents, which the evaluation keeps \
            unseen), the own gold set's dev split and the Wikinews dev annotations. Test splits are never read. The same \
            data and options give the same file.
            """)

    @Option(help: "The checkout (default: found above the current folder or the executable).") var root: String?
    @Option(help: "The reference corpora (default: $NEWSWIRE_CORPORA, else ROOT/../shared/corpora).") var corpora: String?
    @Option(help: "Passes over the training data.") var epochs = 10
    @Option(help: "Average this many perceptrons, each over the examples shuffled by its own seed (0: one, in the texts' order).") var seeds = NameModel.defaultSeeds
    @Option(help: "Leave out features seen in fewer than this many training texts.") var minimumTexts = 1
    @Option(help: "Where to write the weights (default: ROOT/Data/models/person-names.tsv).") var output: String?
    @Flag(help: "With --folds, list every run the held-out tagger labels otherwise than marked.") var mistakes = false
    @Option(help: "Instead of training, cross-validate over this many folds of each source and print the tagger's names found (exact spans).") var folds: Int?

    func run() throws {
        let root = try Checkout.find(root)
        let corpora = corporaFolder(self.corpora, root: root)
        let analyzer = try Analyzer.load(dataDirectory: root.appendingPathComponent("Data"), nameModel: NameModel())
        let data = try NameTrainingData.load(root: root, corpora: corpora)
        if let folds {
            crossValidate([("GUM train", data.gum), ("own gold dev", data.gold.map(\.text)), ("Wikinews dev", data.wikinews.map(\.text))],
                          folds: folds, gazetteer: analyzer.gazetteer)
            return
        }
        let texts = data.all
        let training = NameModel.train(texts, gazetteer: analyzer.gazetteer, epochs: epochs, seeds: seeds, minimumTexts: minimumTexts)
        let url = output.map(URL.init(fileURLWithPath:)) ?? root.appendingPathComponent("Data/models/person-names.tsv")
        try Data(training.tsv.utf8).write(to: url)
        print("trained on \(data.summary)")
        print(String(format: "%d features; words of runs labelled right on the training data: %.3f", training.model.featureCount, training.accuracy))
        print("wrote \(url.path)")
    }
}

extension People {
    /// Each source's texts cut into folds by position; each fold tagged by a model trained on
    /// every other text of every source.
    private func crossValidate(_ groups: [(String, [NameTrainingText])], folds: Int, gazetteer: Gazetteer) {
        var totals = [(found: Int, marked: Int, right: Int)](repeating: (0, 0, 0), count: groups.count)
        for fold in 0..<folds {
            let training = groups.flatMap { $0.1.enumerated().filter { $0.offset % folds != fold }.map(\.element) }
            let model = NameModel.train(training, gazetteer: gazetteer, epochs: epochs, seeds: seeds, minimumTexts: minimumTexts).model
            for (g, group) in groups.enumerated() {
                let held = group.1.enumerated().filter { $0.offset % folds == fold }.map(\.element)
                let c = model.spanCounts(held, gazetteer: gazetteer, mistakes: self.mistakes ? { print("\(group.0): \($0)") } : nil)
                totals[g].found += c.found; totals[g].marked += c.marked; totals[g].right += c.right
            }
        }
        var all = (found: 0, marked: 0, right: 0)
        for (g, group) in groups.enumerated() {
            print(line(group.0, totals[g]))
            all.found += totals[g].found; all.marked += totals[g].marked; all.right += totals[g].right
        }
        print(line("all", all))
    }

    private func line(_ name: String, _ c: (found: Int, marked: Int, right: Int)) -> String {
        let p = Double(c.right) / Double(max(1, c.found)), r = Double(c.right) / Double(max(1, c.marked))
        return String(format: "%@: names P %.3f R %.3f F1 %.3f (%d found, %d marked)", name, p, r, 2 * p * r / max(1e-9, p + r), c.found, c.marked)
    }
}
