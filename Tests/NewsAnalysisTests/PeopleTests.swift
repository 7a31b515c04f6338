import NewsModel
import Testing
@testable import NewsAnalysis

@Suite struct PeopleTests {
    @Test func aKunyaAloneMentionsItsPerson() {
        let (analysis, story) = analyze(
            "Commander Abu Hatem al-Halabi said the fighters were ready.",
            "Abu Hatem spoke from a position near the river.")
        #expect(analysis.names == ["Abu Hatem al-Halabi"])
        #expect(mentions(analysis.person("Abu Hatem al-Halabi"), in: story) == ["Abu Hatem al-Halabi", "Abu Hatem"])
    }

    @Test func aPlaceAfterANounForAPlaceAndOfIsNoOneEvenSetOff() {
        let (analysis, _) = analyze(
            "The drone came down near the desert town of Tinzaouatene on Monday.",
            "A herder in Tinzaouatene, who gave only his first name, Ibrahim, said he saw a flash.")
        #expect(analysis.names == ["Ibrahim"])
    }

    @Test func aGenerationEndsANameAndMakesNoShortForm() {
        let (analysis, story) = analyze(
            "Representative John James Conyers Jr. resigned in 2017.",
            "John Conyers served for 52 years, and Conyers marched on Martin Luther King Jr. Day.")
        #expect(analysis.names == ["John James Conyers Jr."])
        #expect(mentions(analysis.person("John James Conyers Jr."), in: story) == ["John James Conyers Jr.", "John Conyers", "Conyers"])
    }

    @Test func aFathersFamilyNameAloneMentionsAPersonWithTwo() {
        let (analysis, story) = analyze(
            "Colombian President Hernán Osorio Vélez called the measure an aggression.",
            "\"We will not accept blackmail,\" Osorio said in Cali.")
        #expect(analysis.names == ["Hernán Osorio Vélez"])
        #expect(mentions(analysis.person("Hernán Osorio Vélez"), in: story) == ["Hernán Osorio Vélez", "Osorio"])
    }

    @Test func roleBeforeTheNameAndEveryLaterMention() {
        let (analysis, story) = analyze(
            "Japanese Prime Minister Sanae Okabe said on Monday that talks would resume.",
            "Okabe's remarks drew criticism, and Okabe later said she had been misunderstood.")
        #expect(analysis.names == ["Sanae Okabe"])
        #expect(analysis.person("Sanae Okabe")?.role == "Japanese Prime Minister")
        #expect(mentions(analysis.person("Sanae Okabe"), in: story) == ["Sanae Okabe", "Okabe", "Okabe"])
    }

    @Test func familyNameFirst() {
        let (analysis, story) = analyze(
            "Chinese Foreign Minister Wang Yiling met her counterpart in Beijing.",
            "Wang told reporters the meeting had been useful.")
        #expect(mentions(analysis.person("Wang Yiling"), in: story) == ["Wang Yiling", "Wang"])
    }

    @Test func hyphenatedGivenName() {
        let (analysis, story) = analyze(
            "Taiwan's coast guard chief Chen Wei-lun said the ships had left.",
            "Chen said patrols would continue.")
        #expect(mentions(analysis.person("Chen Wei-lun"), in: story) == ["Chen Wei-lun", "Chen"])
    }

    @Test func particlesInAName() {
        let (analysis, story) = analyze(
            "Trade commissioner Marta van der Linde arrived in Canberra on Sunday.",
            "Van der Linde said the talks would be difficult.")
        #expect(mentions(analysis.person("Marta van der Linde"), in: story) == ["Marta van der Linde", "Van der Linde"])
    }

    @Test func initials() {
        let (analysis, story) = analyze(
            "US Defense Secretary J.D. Harlan landed in Tokyo.",
            "Harlan met his Japanese counterpart.")
        #expect(analysis.person("J.D. Harlan")?.role == "US Defense Secretary")
        #expect(mentions(analysis.person("J.D. Harlan"), in: story) == ["J.D. Harlan", "Harlan"])
    }

    @Test func titlesAreNotPartOfTheName() {
        let (analysis, story) = analyze(
            "Dr. Elena Ortega-Ruiz, a supply-chain specialist at the University of Tokyo, said stocks were low.",
            "Dr Ortega-Ruiz expects shortages.")
        #expect(analysis.names == ["Elena Ortega-Ruiz"])
        #expect(mentions(analysis.person("Elena Ortega-Ruiz"), in: story) == ["Elena Ortega-Ruiz", "Ortega-Ruiz"])
    }

    @Test func aSurnameWithATitleIsAPersonOfItsOwn() {
        let (analysis, story) = analyze("Mr Quistgaard declined to comment, and Mr Quistgaard's office was closed.")
        #expect(analysis.names == ["Quistgaard"])
        #expect(analysis.person("Quistgaard")?.gender == .male)
        #expect(mentions(analysis.person("Quistgaard"), in: story) == ["Quistgaard", "Quistgaard"])
    }

    @Test func appositiveGivesTheRoleAndFindsUnlistedNames() {
        let (analysis, _) = analyze(
            "Tavita Moengangongo, a fisherman in Nuku'alofa, said the catch had halved.")
        #expect(analysis.names == ["Tavita Moengangongo"])
        #expect(analysis.person("Tavita Moengangongo")?.role == "a fisherman in Nuku'alofa")
    }

    @Test func roleSetOffByACommaBeforeTheName() {
        let (analysis, _) = analyze(
            "Norway's ambassador in Hanoi, Ingvild Saetre, said the visit was postponed.",
            "Later, Kenya's trade minister, Wanjiru Kamau, said the delay was regrettable.",
            "The ferry's captain, Oddvar Lien, said the crossing was rough.")
        #expect(analysis.person("Ingvild Saetre")?.role == "Norway's ambassador in Hanoi")
        #expect(analysis.person("Wanjiru Kamau")?.role == "Kenya's trade minister")
        #expect(analysis.person("Oddvar Lien")?.role == "The ferry's captain")
    }

    @Test func anAppositiveBeforeTheNameKeepsItsArticle() {
        let (analysis, _) = analyze(
            "The crew was made up of the captain, Tomas Arvidsson, and four deckhands.",
            "The ministry and its spokesman, Mikael Lindqvist, said talks were under way.")
        #expect(analysis.person("Tomas Arvidsson")?.role == "the captain")
        #expect(analysis.person("Mikael Lindqvist")?.role == "its spokesman")
    }

    @Test func aRankIsTheRoleOnlyWhenTheTextGivesNoOther() {
        let (analysis, _) = analyze(
            "Military spokesman Lieutenant Colonel Anders Nyqvist said two drones were downed.",
            "Defence Minister General Ramon Ibarra Soto flew to the border.",
            "Colonel Henrik Bakke, who led the patrol, said the line was quiet.",
            "US Associate Attorney General Denise Harwell and Director General Kang Min-ji signed it.")
        #expect(analysis.person("Anders Nyqvist")?.role == "Military spokesman")
        #expect(analysis.person("Ramon Ibarra Soto")?.role == "Defence Minister")
        #expect(analysis.person("Henrik Bakke")?.role == "Colonel")
        #expect(analysis.person("Denise Harwell")?.role == "US Associate Attorney General")
        #expect(analysis.person("Kang Min-ji")?.role == "Director General")
    }

    @Test func namesModifyingARole() {
        let (analysis, _) = analyze(
            "Kremlin spokesman Pavel Sorokin declined to comment.",
            "Odesa regional governor Mykola Hrytsenko said power was restored.",
            "South Korea's foreign minister, Yoon Ha-jin, arrived on Sunday.",
            "Navy spokesman Lt. Cmdr. Darius Whitfield said the ship was undamaged.")
        #expect(analysis.person("Pavel Sorokin")?.role == "Kremlin spokesman")
        #expect(analysis.person("Mykola Hrytsenko")?.role == "Odesa regional governor")
        #expect(analysis.person("Yoon Ha-jin")?.role == "South Korea's foreign minister")
        #expect(analysis.person("Darius Whitfield")?.role == "Navy spokesman")
    }

    @Test func appositiveAfterAnAgeOrWithARelativeClause() {
        let (analysis, _) = analyze(
            "\"We were told nothing,\" said Tomasz Wrona, 72, a retired miner from Katowice.",
            "Aroha Ngata, a teacher who has lived in the town for 30 years, said the road was closed.")
        #expect(analysis.person("Tomasz Wrona")?.role == "a retired miner from Katowice")
        #expect(analysis.person("Aroha Ngata")?.role == "a teacher who has lived in the town for 30 years")
    }

    @Test func nameAtTheStartOfASentence() {
        let (analysis, _) = analyze("Hiroshi Kuwabara was detained in March. Kuwabara denies the charges.")
        #expect(analysis.names == ["Hiroshi Kuwabara"])
        #expect(analysis.person("Hiroshi Kuwabara")?.mentions.count == 2)
    }

    @Test func organisationsPlacesAndThingsAreNotPeople() {
        let (analysis, _) = analyze(
            "Speaking on TV Asahi on Monday, officials said Xinhua and Kyodo News had both reported the launch.",
            "The Liberal Democratic Party met in Tokyo in January while the USS Ronald Reagan sailed for Guam.",
            "The Tianwen-3 probe and the Perseverance rover were built by NASA and the China National Space Administration.",
            "Toyota and Huawei shares fell in Hong Kong after the Senkaku Islands incident.")
        #expect(analysis.people.isEmpty, "found \(analysis.names)")
    }

    @Test func genderFromTheNextPronoun() {
        let (analysis, _) = analyze("Ayaka Shimotsuki said her ministry was watching closely.")
        #expect(analysis.person("Ayaka Shimotsuki")?.gender == .female)
    }
}

@Suite struct NameFormTests {
    @Test func aNameWrittenWithoutItsDiacriticsIsTheSamePerson() {
        let (analysis, _) = analyze(
            "Turkish President Recep Tayyip Erdoğan spoke at a rally in Istanbul on Friday.",
            "Erdogan said the museum would become a mosque again.")
        #expect(analysis.people.map(\.name) == ["Recep Tayyip Erdoğan"])
        #expect(analysis.person("Recep Tayyip Erdoğan")?.mentions.count == 2)
    }

    @Test func aGivenNameBeforeAnothersFullNameSharesTheFamilyName() {
        let (analysis, _) = analyze("Police said Anna and Henrik Sandvold were killed when their car left the road.")
        #expect(Set(analysis.people.map(\.name)) == ["Anna Sandvold", "Henrik Sandvold"])
    }

    @Test func aNounForAPersonOpeningTheSentenceIsNoPartOfTheName() {
        let (analysis, _) = analyze("Co-author Wei-Lun Tsai said the model explained the fossils.")
        #expect(analysis.people.map(\.name) == ["Wei-Lun Tsai"])
    }

    @Test func wordsNoListKnowsAfterARoleTitleAreAName() {
        let (analysis, _) = analyze(
            "\"The port will reopen on Monday,\" said harbour master Ilse Brandt.",
            "Deputy Mayor Oren Talmi also reacted on Telegram, \"We were not consulted about any of this.\"")
        #expect(analysis.person("Oren Talmi")?.role == "Deputy Mayor")
    }

    @Test func aCapitalisedWordOfGrammarInATitleIsNoOne() {
        let (analysis, _) = analyze("Professor Ada Lindqvist, Chair In Nordic Politics at the university, said the vote was close.")
        #expect(analysis.people.map(\.name) == ["Ada Lindqvist"])
    }
}

@Suite struct ThingsNamedLikePeopleTests {
    @Test func aStormsNameIsNoOnesInTheWholeStory() {
        let (analysis, _) = analyze(
            "Hurricane Lorenzo weakened to a tropical storm on Tuesday.",
            "Forecasters said Lorenzo would still bring high waves to the west coast.")
        #expect(analysis.people.isEmpty)
    }

    @Test func aFilipinoParticleStaysInTheName() {
        let (analysis, _) = analyze("Major Arnel dela Vega of the army's Western Mindanao Command said the group was to blame.")
        #expect(analysis.people.map(\.name) == ["Arnel dela Vega"])
    }

    @Test func aNameBeforeANounForWhatIsNamedAfterThemIsNoMention() {
        let (analysis, _) = analyze(
            "President Donald Trump spoke on Monday.",
            "A spokeswoman for the Trump administration criticised the vote, and Trump's aides said little.")
        #expect(analysis.person("Donald Trump")?.mentions.count == 2)
    }
}
