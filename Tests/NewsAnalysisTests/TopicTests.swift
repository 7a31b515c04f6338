import NewsModel
import Testing
@testable import NewsAnalysis

@Suite struct TopicTests {
    @Test func capitalsStandForTheirCountries() {
        let (analysis, _) = analyze(
            "Beijing summoned Tokyo's ambassador on Monday after the Japanese prime minister's remarks on Taiwan.",
            "Tokyo said it would not retract the remarks, and Beijing said the row would hurt trade with Japan.",
            "China has told its citizens to avoid travel to Japan.",
            title: "China summons Japanese envoy")
        #expect(analysis.pairTopics == ["Japan–China relations"])
        #expect(analysis.topics.contains(Topic(name: "Japan", kind: .country)))
    }

    @Test func aMarsProbeHasNoRelationsTopic() {
        let (analysis, _) = analyze(
            "The Hesperia orbiter fired its engine for 27 minutes and slipped into orbit around Mars.",
            "Engineers at the control centre cheered as the signal came back.",
            title: "Orbiter reaches Mars")
        #expect(analysis.pairTopics.isEmpty)
    }

    @Test func aCountryWhereEventsHappenIsNoPartyToRelations() {
        let (analysis, _) = analyze(
            "Japan and the United States would act jointly in a conflict in Taiwan, Tokyo said.",
            "Washington said the alliance with Japan was ready for a Taiwan crisis.",
            "Japan and the US would evacuate their citizens in Taiwan.",
            title: "Japan and US plan for Taiwan crisis")
        #expect(analysis.pairTopics == ["Japan–United States relations"])
        #expect(analysis.topics.contains(Topic(name: "Taiwan", kind: .country)))

        let (parties, _) = analyze(
            "Taiwan said Japan had agreed to expand chip cooperation.",
            "Japanese officials visited Taiwan's largest foundry, and Taipei thanked Tokyo.",
            title: "Taiwan and Japan deepen chip ties")
        #expect(parties.pairTopics == ["Japan–Taiwan relations"])
    }

    @Test func countriesOfEqualWeightInGazetteerOrder() {
        let (analysis, _) = analyze(
            "Officials from Vietnam and Indonesia met on Monday.",
            "Indonesia and Vietnam agreed to meet again.",
            "Vietnam and Indonesia will hold talks next month.")
        let countries = analysis.topics.filter { $0.kind == .country }.map(\.name)
        let order = analyzer.gazetteer.countryNames.filter(countries.contains)
        #expect(countries.count == 2)
        #expect(countries == order)
    }

    @Test func sectionAndCategoryAreTopics() {
        let (analysis, _) = analyze("Nothing about countries here.", section: "China News", category: "TAIWAN NEWS")
        #expect(analysis.topics.filter { $0.kind == .section || $0.kind == .category }.map(\.name) == ["China News", "TAIWAN NEWS"])
    }

    @Test(arguments: ["japan-china", "China–Japan relations", "Japan-China relations", "JAPAN CHINA"])
    func topicKeysForgiveOrderCaseAndDashes(name: String) {
        #expect(Topic.key(name) == Topic.key("Japan–China relations"))
    }

    @Test func userTopicsFromRules() throws {
        let rules = try UserTopic.parse("""
            # my topics
            [Rare earths]
            keywords: rare earth, gallium
            countries: China
            """, file: "topics.conf", gazetteer: analyzer.gazetteer)
        let custom = Analyzer(gazetteer: analyzer.gazetteer, nameModel: analyzer.nameModel, relations: analyzer.relations, userTopics: rules)
        let story = Story(wireDate: Day(iso: "2026-01-01")!, title: "China curbs rare earth exports",
                          paragraphs: ["China said it would license rare earth exports. Beijing denied targeting anyone."])
        #expect(custom.analyze(story).topics.contains(Topic(name: "Rare earths", kind: .user)))
        let other = Story(wireDate: Day(iso: "2026-01-01")!, title: "Rice harvest", paragraphs: ["China's rice harvest grew."])
        #expect(!custom.analyze(other).topics.contains(Topic(name: "Rare earths", kind: .user)))
    }

    @Test(arguments: [
        ("[Chips]\ncolour: red\n", 2, "unknown key 'colour'"),
        ("keywords: chips\n", 1, "a rule before the first [Topic name]"),
        ("[Chips]\ncountries: Atlantis\n", 2, "unknown country 'Atlantis'"),
        ("[Chips\n", 1, "a topic starts with [Its name]"),
        ("[Chips]\nkeywords chips\n", 2, "expected 'keywords: ...'"),
    ])
    func badRuleFilesNameTheLine(text: String, line: Int, message: String) {
        do {
            _ = try UserTopic.parse(text, file: "topics.conf", gazetteer: analyzer.gazetteer)
            Issue.record("no error for \(text)")
        } catch let error as UserTopic.RuleError {
            #expect(error.line == line)
            #expect(error.description.hasPrefix("topics.conf:\(line): \(message)"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
