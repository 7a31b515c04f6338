import Foundation
import NewsAnalysis
import NewsEvaluation
import Testing

/// The weights in Data/models are what `newswire-train people` makes from the repository's
/// code and data: a change to the features, the word lists or the dev gold that the tagger
/// learns from must ship the weights retrained, or the figures measured are of a model
/// nobody can rebuild.
@Suite struct ShippedModelTests {
    @Test(.enabled(if: HeldOut.corpus("gum-more") && HeldOut.corpus("gum-news") && HeldOut.corpus("wikinews/wikinews_2019.csv"),
                   "GUM or Wikinews is not in ../shared/corpora"))
    func theNameTaggersWeightsAreWhatTrainingMakes() throws {
        let analyzer = try Analyzer.load(dataDirectory: HeldOut.root.appendingPathComponent("Data"), nameModel: NameModel())
        let data = try NameTrainingData.load(root: HeldOut.root, corpora: HeldOut.corpora)
        let trained = NameModel.train(data.all, gazetteer: analyzer.gazetteer).tsv
        let shipped = try String(contentsOf: HeldOut.root.appendingPathComponent("Data/models/person-names.tsv"), encoding: .utf8)
        let same = trained == shipped  // not the files themselves in the message: 7,000 lines each
        #expect(same, "Data/models/person-names.tsv is stale: run `swift build -c release && .build/release/newswire-train people`")
    }
}
