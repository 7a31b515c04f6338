import Foundation
import NewsAnalysis

/// What the name tagger is trained on: GUM's train documents (never its dev documents,
/// which stay unseen), the own gold set's dev split and the Wikinews dev annotations. Test
/// splits are never read.
public struct NameTrainingData {
    public var gum: [NameTrainingText] { gumDocuments.map(\.trainingText) }
    /// GUM's train documents, in name order.
    public var gumDocuments: [GUM.Document] = []
    public var gold: [(name: String, text: NameTrainingText)] = []
    public var wikinews: [(name: String, text: NameTrainingText)] = []
    public var articles: [WikinewsGold.Article] = []

    public static func load(root: URL, corpora: URL) throws -> NameTrainingData {
        var data = NameTrainingData()
        for name in ["gum-news", "gum-more"] {
            let folder = corpora.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: folder.path) else {
                throw EvaluationError("\(folder.path) is not there: the tagger is trained on GUM's train documents")
            }
            data.gumDocuments += try GUM.documents(in: folder).filter { !$0.isDev }
        }
        data.gold = try GoldSet.trainingTexts(folder: root.appendingPathComponent("Tests/NewsAnalysisTests/Gold/dev"))
        let csv = corpora.appendingPathComponent("wikinews/wikinews_2019.csv")
        guard FileManager.default.fileExists(atPath: csv.path) else {
            throw EvaluationError("\(csv.path) is not there: the tagger is trained on the Wikinews dev annotations")
        }
        data.articles = try WikinewsGold.articles(csv: csv)
        data.wikinews = try WikinewsGold.trainingTexts(folder: root.appendingPathComponent("Tests/NewsAnalysisTests/Wikinews/dev"),
                                                       articles: data.articles)
        return data
    }

    public var all: [NameTrainingText] { gum + gold.map(\.text) + wikinews.map(\.text) }

    public var summary: String {
        "GUM: \(gum.count) train documents; own gold dev: \(gold.count) stories; Wikinews dev: \(wikinews.count) articles"
    }

    /// Everything but fold `fold` of `folds` of the own gold and Wikinews texts (by their
    /// place in name order); GUM always.
    public func excluding(fold: Int, of folds: Int) -> [NameTrainingText] {
        gum + gold.enumerated().filter { $0.offset % folds != fold }.map(\.element.text)
            + wikinews.enumerated().filter { $0.offset % folds != fold }.map(\.element.text)
    }

    /// Every text but GUM's train documents in fold `fold` of `folds` (by their place in name order).
    public func excludingGUM(fold: Int, of folds: Int) -> [NameTrainingText] {
        gumDocuments.enumerated().filter { $0.offset % folds != fold }.map(\.element.trainingText)
            + gold.map(\.text) + wikinews.map(\.text)
    }

    /// The names of the own gold and Wikinews texts in fold `fold`.
    public func names(inFold fold: Int, of folds: Int) -> Set<String> {
        Set(gold.enumerated().filter { $0.offset % folds == fold }.map(\.element.name)
            + wikinews.enumerated().filter { $0.offset % folds == fold }.map(\.element.name))
    }
}

/// Where the corpora are: the option, else $NEWSWIRE_CORPORA, else ROOT/../shared/corpora.
public func corporaFolder(_ option: String?, root: URL) -> URL {
    (option ?? ProcessInfo.processInfo.environment["NEWSWIRE_CORPORA"]).map(URL.init(fileURLWithPath:))
        ?? root.deletingLastPathComponent().appendingPathComponent("shared/corpora")
}
