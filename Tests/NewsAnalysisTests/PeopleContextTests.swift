import Testing
@testable import NewsAnalysis

/// What the words around a name say it is not: a place, an organisation, a description of
/// something other than a person.
@Suite struct PeopleContextTests {
    @Test func aPlaceAloneIsNoOneEvenWhenItIsAlsoAFamilyName() {
        let (analysis, _) = analyze(
            "Visitors filled hotels in Osaka and crowded the shops around Osaka Castle.",
            "\"It is busier than last year,\" said Kenji Morita, who runs a cafe in Osaka.")
        #expect(analysis.names == ["Kenji Morita"])
    }

    @Test func aPlaceNameAfterTheFullNameStillMentionsThePerson() {
        let (analysis, story) = analyze(
            "Tennis player Naomi Osaka withdrew from the tournament on Monday.",
            "Osaka said she needed rest.")
        #expect(analysis.names == ["Naomi Osaka"])
        #expect(mentions(analysis.person("Naomi Osaka"), in: story) == ["Naomi Osaka", "Osaka"])
    }

    @Test func aNounForAnOrganisationBeforeANameMakesItOne() {
        let (analysis, _) = analyze(
            "Analyst Tomas Berglund of the Stockholm-based consultancy Northbridge Partners Asia said demand would recover.")
        #expect(analysis.names == ["Tomas Berglund"])
    }

    @Test func aDescriptionThatNamesNoPersonIsNoRole() {
        let (analysis, _) = analyze(
            "The deal was struck in Hanoi between Vietnamese Trade Minister Pham Van Long and his counterpart Helga Sorensen, the first visit by a Danish minister in a decade.")
        #expect(analysis.person("Helga Sorensen")?.role != "the first visit by a Danish minister in a decade")
    }

    @Test(arguments: [
        ("Ingrid Holm, a planetary geologist at the University of Oslo, said the data were new.", "a planetary geologist at the University of Oslo"),
        ("Pavel Oris, a 29-year-old from Brno, said he was stopped twice.", "a 29-year-old from Brno"),
    ])
    func aDescriptionOfSomeoneIsTheirRole(text: String, role: String) {
        let (analysis, _) = analyze(text)
        #expect(analysis.people.first?.role == role)
    }

    @Test func anOfficeNamedAfterItsTitleIsPartOfTheRole() {
        let (analysis, _) = analyze(
            "UN Director of Field Support Ingrid Halvorsen told reporters the convoy had been stopped.")
        #expect(analysis.names == ["Ingrid Halvorsen"])
        #expect(analysis.person("Ingrid Halvorsen")?.role?.hasSuffix("Director of Field Support") == true)
    }
}

@Suite struct GivenNamesThatArePlacesTests {
    @Test(arguments: ["Mayor Israel Navarro", "envoy Chad Castillo", "Senator Jordan Castillo"])
    func aCountryOrPlaceBeforeAFamilyNameIsAGivenName(_ phrase: String) {
        let (analysis, _) = analyze("The \(phrase) arrived in the capital on Monday and met officials.")
        let name = phrase.split(separator: " ").dropFirst().joined(separator: " ")
        #expect(analysis.names == [name])
    }

    @Test(arguments: ["US envoy Chad Whitfield said the visit would go ahead.", "Chad Whitfield said the visit would go ahead."])
    func aGivenNameThatIsACountryBeforeAFamilyNameNoListKnows(_ text: String) {
        let (analysis, _) = analyze(text)
        #expect(analysis.names == ["Chad Whitfield"])
    }

    @Test func theCountryItselfIsStillNoOne() {
        let (analysis, _) = analyze("Israel Navarro said Israel would not attend.", "Navarro left early.")
        #expect(analysis.names == ["Israel Navarro"])
        #expect(analysis.person("Israel Navarro")?.mentions.count == 2)
    }
}

@Suite struct NamesThatOpenWithAnOrganisationTests {
    /// `PAN`, the Mexican party, is also the family name `Pan`.
    @Test func aFamilyNameThatIsAlsoAnOrganisationStillOpensAName() {
        let (analysis, story) = analyze("In Beijing, Taiwan Affairs Office spokeswoman Pan Xiaoyu said the trip had been \"a provocation\".")
        #expect(analysis.names == ["Pan Xiaoyu"])
        #expect(quotes(analysis, story).map(\.speaker) == ["Pan Xiaoyu"])
    }

    @Test func laterTheFamilyNameAloneIsThePerson() {
        let (analysis, story) = analyze("Taiwan Affairs Office spokeswoman Pan Xiaoyu spoke on Wednesday.",
                                        "\"Whoever plays with fire will get burned,\" Pan told a regular news conference.")
        #expect(mentions(analysis.person("Pan Xiaoyu"), in: story) == ["Pan Xiaoyu", "Pan"])
        #expect(quotes(analysis, story).map(\.speaker) == ["Pan Xiaoyu"])
    }

    @Test func aNamedPersonAfterAnOrganisationIsStillSomeone() {
        let (analysis, _) = analyze("Hong Kong director of Amnesty International Man-kei Tam said the ruling was wrong.")
        #expect(analysis.names == ["Man-kei Tam"])
    }

    @Test(arguments: ["Actor", "Singer", "Filmmaker"])
    func aNounForAPersonOpeningTheSentenceIsTheRoleNotTheName(_ noun: String) {
        let (analysis, _) = analyze("\(noun) Tomas Rydell opened the fair on Monday.")
        #expect(analysis.names == ["Tomas Rydell"])
        #expect(analysis.person("Tomas Rydell")?.role == noun)
    }

    @Test func anAcronymIsNoMentionOfAPersonWhoseNameEndsInTheSameLetters() {
        let (analysis, story) = analyze(
            "Kim Jong Un's sister, Kim Yo Jong, said Pyongyang backed the plan.",
            "The UN's aid chief, Tom Fletcher, said the UN official in charge would visit.")
        #expect(mentions(analysis.person("Kim Jong Un"), in: story) == ["Kim Jong Un"])
    }

    @Test func aGivenNameInsideAPlacesNameIsNoOne() {
        let (analysis, _) = analyze("Ships left San Diego on Monday.", "Crowds in San Diego cheered.", "San Diego's mayor said the port was busy.")
        #expect(analysis.names.isEmpty)
    }

    @Test func wordsBeforeANounForAPlaceNameThePlaceEverywhereInTheStory() {
        let (analysis, _) = analyze(
            "An official in Quang Ngai who asked not to be named said nine boats were seized.",
            "Fisherman Tran Van Hung spoke by telephone from central Quang Ngai province.")
        #expect(analysis.names == ["Tran Van Hung"])
    }

    @Test(arguments: ["The Kaptan Selim freighter was hit on Monday.", "The Turkish-made Akinci drone crashed on Monday.",
                      "The Hong Tai 58 was boarded on Monday.", "He was quoted by the Tasnim news agency on Monday."])
    func vesselsWeaponsAndNumberedThingsAreNoOne(_ text: String) {
        let (analysis, _) = analyze(text)
        #expect(analysis.names.isEmpty)
    }

    @Test func aNameBeforeAYearIsStillSomeone() {
        let (analysis, _) = analyze("The method follows Brieber 2014 and a study by Maria Kowalska 2016.")
        #expect(analysis.names.contains("Maria Kowalska"))
    }

    @Test(arguments: [("Navy spokesman Captain Third Rank Andriy Sydorenko said the ship was hit.", "Andriy Sydorenko"),
                      ("The school's principal, Hajiya Rakiya Umar, said the girls had hidden.", "Rakiya Umar")])
    func ranksAndHonorificsOfManyWordsAreNoName(_ text: String, _ name: String) {
        let (analysis, _) = analyze(text)
        #expect(analysis.names == [name])
    }

    @Test func aGivenNameThatIsAlsoAPlaceBeforeAFamilyNameStaysInTheName() {
        let (analysis, _) = analyze("Principal investigator Amara Lindqvist said the data would help.")
        #expect(analysis.names == ["Amara Lindqvist"])
    }

    @Test func theOrganisationAloneIsNoOne() {
        let (analysis, _) = analyze("PAN said it would back the bill, and Human Rights Watch Asia agreed.")
        #expect(analysis.names.isEmpty)
    }
}

@Suite struct PeopleNamedByOneWordTests {
    @Test func aGivenNameSetOffByADescriptionIsSomeone() {
        let (analysis, story) = analyze(
            "Fatima, a 34-year-old mother of three who gave only her first name, said the road was shelled. \"We ran,\" she said.")
        #expect(analysis.names == ["Fatima"])
        #expect(quotes(analysis, story).map(\.speaker) == ["Fatima"])
    }

    @Test func aWordADescriptionSetsOffIsSomeoneEvenIfNoListKnowsIt() {
        let (analysis, _) = analyze("In the village, a fisherman, Devon, said the boats had stayed in port.")
        #expect(analysis.names == ["Devon"])
    }

    @Test func aNounForAPersonBeforeAGivenNameNamesThem() {
        let (analysis, _) = analyze("He is survived by his wife Mary and two sons.")
        #expect(analysis.names == ["Mary"])
    }

    @Test(arguments: [("A resident who gave only her first name, Marie-Ange, said the shooting forced families out.", "Marie-Ange"),
                      ("A 71-year-old resident, Choi, who gave only her family name, said the balloons kept coming.", "Choi"),
                      ("A fighter identified only as Rezan said the drones came at night.", "Rezan"),
                      ("Rania, 34, who had been sheltering in the school, said the blast woke her.", "Rania")])
    func theWiresWordsForSomeoneNamedByOneWordNameThem(_ text: String, _ name: String) {
        let (analysis, _) = analyze(text)
        #expect(analysis.names == [name])
    }

    @Test func aRankGivenAsAWordIsNoOne() {
        let (analysis, _) = analyze("The file mistakenly gives his rank as Oberst, colonel.")
        #expect(analysis.names.isEmpty)
    }

    @Test func animalsNamedByOneWordAreNoOne() {
        let (analysis, _) = analyze(
            "Crowds waved goodbye to three giant pandas leaving the zoo for China on Tuesday.",
            "The mother, Haruka, and her twin daughters Sora and Umi were loaded into crates, keeper Ilse Brandt said.")
        #expect(analysis.names == ["Ilse Brandt"])
    }

    @Test func aPersonNamedByOneWordInAStoryOfAnimalsIsStillSomeone() {
        let (analysis, _) = analyze(
            "The flood drowned most of the village's goats and sheep.",
            "Fatima, a 34-year-old mother of three, lost all of them.",
            "Nobody came to help, Amina said.")
        #expect(Set(analysis.names) == ["Fatima", "Amina"])
    }

    @Test func aPersonNamedByOneWordBesideAnimalsButNotIntroducedAsKinIsSomeone() {
        let (analysis, _) = analyze("Before dawn Maria fed the goats, and at noon Maria milked them.")
        #expect(analysis.names == ["Maria"])
    }

    @Test func aGivenNameWrittenShortStaysInTheName() {
        let (analysis, _) = analyze(
            "\"We have asked Beijing to help,\" said Undersecretary Ma. Teresa Dimaano.",
            "Dimaano said no classified documents were taken.")
        #expect(analysis.names == ["Ma. Teresa Dimaano"])
    }

    @Test(arguments: ["Kharkiv, a city of a million people, was shelled.", "The capital, Tokyo, said nothing.",
                      "Reuters, a news agency, said it had seen the letter."])
    func placesAndOrganisationsDescribedAreNoOne(_ text: String) {
        let (analysis, _) = analyze(text)
        #expect(analysis.names.isEmpty)
    }
}
