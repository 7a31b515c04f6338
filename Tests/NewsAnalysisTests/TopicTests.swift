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

    @Test func aPairTheListDoesNotNameIsATopicToo() {
        let (analysis, _) = analyze(
            "Ukraine summoned China's ambassador on Tuesday over drone engines shipped to Russian factories.",
            "Kyiv said Beijing had ignored three warnings, and Chinese officials denied any shipments to the front.",
            "China said it treated Ukraine and Russia alike and urged Kyiv to stop spreading rumours.",
            title: "Ukraine protests to China over drone parts")
        #expect(analysis.pairTopics.contains("China–Ukraine relations"))
        #expect(analysis.topics.first { $0.name == "China–Ukraine relations" }?.kind == .relations)
    }

    @Test func aPairTheListDoesNotNameIsNamedAlikeInEveryStory() {
        let (ukraineFirst, _) = analyze(
            "Ukraine and China held their first trade talks in two years on Monday.",
            "Ukrainian grain traders said China had agreed to buy more corn, and Kyiv thanked Beijing.",
            title: "Ukraine and China hold trade talks")
        let (chinaFirst, _) = analyze(
            "China told Ukraine on Friday it would send an envoy for new peace talks.",
            "Beijing said the envoy would also visit Moscow, and Kyiv welcomed China's offer.",
            title: "China to send envoy to Ukraine")
        #expect(ukraineFirst.pairTopics == ["China–Ukraine relations"])
        #expect(chinaFirst.pairTopics == ["China–Ukraine relations"])
    }

    @Test func aCuratedPairKeepsItsName() {
        let (analysis, _) = analyze(
            "China said on Monday it would suspend imports of Japanese seafood again.",
            "Beijing said Tokyo had ignored its concerns, and Chinese customs stopped the first shipments.",
            "Japan said the ban had no scientific basis.",
            title: "China halts Japanese seafood imports")
        #expect(analysis.pairTopics == ["Japan–China relations"])
    }

    @Test(arguments: [
        (["Israel and Hamas agreed on Sunday to extend the truce by two days.",
          "Hamas said it would free ten more hostages, and Israel said it would release prisoners held since the war began.",
          "Gaza's health ministry said aid trucks reached the north."], "Truce extended", "Israel–Palestine relations"),
        (["Seoul said on Monday that Pyongyang had fired two ballistic missiles into the sea.",
          "South Korea's military said Pyongyang had ignored Seoul's offer of talks."], "Missiles fired", "North Korea–South Korea relations"),
        (["The Kremlin said on Wednesday it was ready to resume prisoner exchanges with Kyiv.",
          "Kyiv said the Kremlin had broken its word twice, and Ukraine would wait for the lists."], "Prisoner swap offered", "Russia–Ukraine relations"),
    ])
    func metonymsMakeThePair(paragraphs: [String], title: String, pair: String) {
        let story = Story(wireDate: Day(iso: "2026-01-27")!, title: title, paragraphs: paragraphs)
        #expect(analyzer.analyze(story).topics.filter { $0.kind == .relations }.map(\.name) == [pair])
    }

    @Test func hamasCountsForTopicsOnly() {
        #expect(analyzer.gazetteer.countryForms["hamas"] == nil)
        #expect(analyzer.gazetteer.countryForms["the kantei"] == analyzer.gazetteer.countryForms["japan"])
    }

    @Test func aCountryNamedOnlyAsTheSceneMakesNoPair() {
        let (analysis, _) = analyze(
            "Ethiopian and Eritrean officials met in Kenya on Monday for talks on their border.",
            "Ethiopia said the talks in Kenya were useful, and Eritrea said it would be back in Kenya next month.",
            "Ethiopia and Eritrea will meet again in Kenya.",
            title: "Ethiopia and Eritrea hold talks")
        #expect(analysis.pairTopics == ["Ethiopia–Eritrea relations"])
        #expect(analysis.topics.contains(Topic(name: "Kenya", kind: .country)))
    }

    @Test func aCuratedPairOfHeavyCountriesNeedsOnlyOneSentenceNamingBoth() {
        let (analysis, _) = analyze(
            "North Korea floated balloons across the border overnight, Seoul's military said.",
            "North Korea had threatened a response to the broadcasts.",
            "Pyongyang said the balloons were a gift. North Korea will send more, it said.",
            "Seoul said it would resume the broadcasts. Seoul urged citizens to stay calm.",
            "South Korea's military counted 260 balloons. South Korean troops collected them.",
            "Seoul will decide on Tuesday. South Korea has done so before.",
            title: "North Korea sends balloons south")
        #expect(analysis.pairTopics == ["North Korea–South Korea relations"])
    }

    @Test func aCountryNamedAsTheMatterOfAQuestionMakesNoPair() {
        let (analysis, _) = analyze(
            "Japan scrambled jets as Chinese drones flew near Yonaguni, Tokyo said, after Beijing warned it over the Taiwan question.",
            "China said Japan must stop meddling in the Taiwan question. Japan said the flights were a threat.",
            "China and Japan traded protests again on Tuesday.",
            title: "Japan scrambles jets as Chinese drones fly near Yonaguni")
        #expect(analysis.pairTopics == ["Japan–China relations"])
    }

    @Test func watersNamedAfterACountryAreNotTheCountry() {
        let (analysis, _) = analyze(
            "A Japanese destroyer sailed through the Taiwan Strait on Tuesday, Tokyo said, drawing a protest from Beijing.",
            "China said the passage was a provocation. Japan said the Taiwan Strait is international waters.",
            "Japan and China have clashed over the East China Sea and the Sea of Japan.",
            title: "Japanese destroyer sails through Taiwan Strait")
        #expect(analysis.pairTopics == ["Japan–China relations"])
        #expect(!analysis.topics.contains(Topic(name: "Taiwan", kind: .country)))
    }

    @Test func aCountryWhoseBorderIsTheSceneMakesNoPair() {
        let (analysis, _) = analyze(
            "Armenia and Azerbaijan exchanged prisoners on the Georgian border on Tuesday.",
            "Armenia said 30 soldiers came home, and Azerbaijan said it had received 25 men at the Georgia border.",
            "Armenia and Azerbaijan agreed to hold talks again.",
            title: "Armenia and Azerbaijan swap prisoners on Georgia border")
        #expect(analysis.pairTopics == ["Armenia–Azerbaijan relations"])
    }

    @Test func aCountryNamedInPassingPairsOnlyAsTheListSays() {
        let (analysis, _) = analyze(
            "Burundi accused Rwanda on Monday of breaking the US-brokered truce by shelling its border towns.",
            "Rwanda denied the charge, and Burundian officials said Rwandan troops had crossed the river.",
            "Rwanda said Burundi was the one breaking the US deal.",
            title: "Burundi accuses Rwanda of shelling")
        #expect(analysis.pairTopics == ["Burundi–Rwanda relations"])
        #expect(analysis.topics.contains(Topic(name: "United States", kind: .country)))
    }

    @Test func demonymsMakeParties() {
        let (curbs, _) = analyze(
            "China's export curbs on rare earth magnets are hitting Japanese carmakers, which said on Tuesday they would idle three plants.",
            "Japanese industry officials said Chinese licences had slowed to a trickle since the curbs began.",
            "Beijing said the rules applied to every buyer.",
            title: "China's export curbs hit Japanese carmakers")
        #expect(curbs.pairTopics == ["Japan–China relations"])

        let (drills, _) = analyze(
            "Chinese warships and fighter jets held drills near Taiwan on Thursday, the island's defence ministry said.",
            "Taiwanese officials said the Chinese drills were the largest this year.",
            "Taiwan said it had sent ships to monitor the Chinese forces.",
            title: "Chinese drills near Taiwan")
        #expect(drills.pairTopics == ["China–Taiwan relations"])
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
