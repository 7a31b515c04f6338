import Foundation
import NewsAnalysis
import NewsEvaluation
import Testing

/// The analysis on text it was never tuned on stays above a floor: a change that makes it
/// worse on the held-out splits cannot land. Each floor sits a little under the figure
/// measured when it was set (`newswire-eval`, release build): about two items of the split
/// below, so that the noise of one changed decision passes and a regression does not.
/// Raise a floor when the figure rises; never lower one to let a change in.
enum Floors {
    // Own gold set, test split (66 frozen stories).
    static let ownPeopleF1 = 0.94
    static let ownSpeakers = 0.88
    static let ownQuotationsF1 = 0.98
    static let ownTopicsF1 = 0.87
    // Wikinews 2019, test split (43 frozen articles).
    static let wikinewsPeopleF1 = 0.90
    static let wikinewsSpeakers = 0.81
    // GUM dev documents (not trained on).
    static let gumDevF1 = 0.79
    // PolNeAR train (not tuned on).
    static let polnearSpeakers = 0.93
    static let polnearQuotationsF1 = 0.92
}

struct HeldOut {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpora = corporaFolder(nil, root: root)
    static let analyzer: Analyzer = try! Analyzer.load(dataDirectory: root.appendingPathComponent("Data"))

    static func corpus(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: corpora.appendingPathComponent(path).path)
    }
}

@Suite struct HeldOutFloorTests {
    @Test func ownTestSplitStaysAboveItsFloors() throws {
        let test = try GoldSet(analyzer: HeldOut.analyzer)
            .run(folder: HeldOut.root.appendingPathComponent("Tests/NewsAnalysisTests/Gold/test"), seeds: nil).all
        #expect(test.stories >= 66)
        #expect(test.people.f1 >= Floors.ownPeopleF1, "people F1 \(test.people.f1)")
        #expect(test.speakers.value >= Floors.ownSpeakers, "speakers \(test.speakers.value)")
        #expect(test.quotes.f1 >= Floors.ownQuotationsF1, "quotations F1 \(test.quotes.f1)")
        #expect(test.topics.f1 >= Floors.ownTopicsF1, "topics F1 \(test.topics.f1)")
    }

    @Test(.enabled(if: HeldOut.corpus("wikinews/wikinews_2019.csv"), "the Wikinews corpus is not in ../shared/corpora"))
    func wikinewsTestSplitStaysAboveItsFloors() throws {
        let articles = try WikinewsGold.articles(csv: HeldOut.corpora.appendingPathComponent("wikinews/wikinews_2019.csv"))
        let test = try WikinewsGold(analyzer: HeldOut.analyzer)
            .run(folder: HeldOut.root.appendingPathComponent("Tests/NewsAnalysisTests/Wikinews/test"), articles: articles)
        #expect(test.stories >= 43)
        #expect(test.people.f1 >= Floors.wikinewsPeopleF1, "people F1 \(test.people.f1)")
        #expect(test.speakers.value >= Floors.wikinewsSpeakers, "speakers \(test.speakers.value)")
    }

    @Test(.enabled(if: HeldOut.corpus("gum-more"), "GUM (gum-more) is not in ../shared/corpora"))
    func gumDevDocumentsStayAboveTheirFloor() throws {
        var documents: [GUM.Document] = []
        for name in ["gum-news", "gum-more"] where HeldOut.corpus(name) {
            documents += try GUM.documents(in: HeldOut.corpora.appendingPathComponent(name))
        }
        let dev = documents.filter(\.isDev)
        #expect(dev.count >= 10)
        let score = GUM.score(dev, analyzer: HeldOut.analyzer)
        #expect(score.f1 >= Floors.gumDevF1, "GUM dev F1 \(score.f1)")
    }

    @Test(.enabled(if: HeldOut.corpus("polnear/train"), "PolNeAR is not in ../shared/corpora"))
    func polnearTrainStaysAboveItsFloors() throws {
        let result = try PolNeAR(analyzer: HeldOut.analyzer).run(folder: HeldOut.corpora.appendingPathComponent("polnear/train"))
        #expect(result.texts >= 800)
        #expect(result.speakers.value >= Floors.polnearSpeakers, "speakers \(result.speakers.value)")
        #expect(result.quotes.f1 >= Floors.polnearQuotationsF1, "quotations F1 \(result.quotes.f1)")
    }
}
