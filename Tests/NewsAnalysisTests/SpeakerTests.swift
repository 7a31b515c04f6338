import NewsModel
import Testing
@testable import NewsAnalysis

@Suite struct SpeakerTests {
    let intro = "Japanese Prime Minister Sanae Okabe and Chinese envoy Gao Wenjun met in Tokyo."

    @Test(arguments: [
        "\"We will act,\" Okabe said.",
        "\"We will act,\" said Okabe.",
        "Okabe said: \"We will act.\"",
        "Okabe told reporters \"We will act.\"",
        "\"We will act,\" Okabe warned on Tuesday.",
        "\"We will act,\" Okabe, who flew back on Monday, insisted.",
        "According to Okabe, \"We will act.\"",
    ])
    func namedSpeakerCues(sentence: String) {
        let (analysis, story) = analyze(intro, sentence)
        #expect(quotes(analysis, story).map(\.speaker) == ["Sanae Okabe"])
        #expect(analysis.quotes.first?.speaker.person == 0)
    }

    @Test func pronounGoesToTheMostRecentPersonOfThatGender() {
        let (analysis, story) = analyze(
            "Defence Minister Kenji Arakawa met Foreign Minister Reiko Hanazawa, who said her ministry was ready.",
            "\"We are prepared,\" she said.",
            "\"So are we,\" he added.")
        #expect(quotes(analysis, story).map(\.speaker) == ["Reiko Hanazawa", "Kenji Arakawa"])
    }

    @Test func roleGoesToThePersonHoldingIt() {
        let (analysis, story) = analyze(intro, "\"The alliance holds,\" the prime minister said.")
        #expect(quotes(analysis, story).map(\.speaker) == ["Sanae Okabe"])
    }

    @Test func aRoleLooksBackToWhoHoldsIt() {
        let (analysis, story) = analyze(
            "Marcus Dellaway, a Republican senator from Idaho, said the bill was overdue.",
            "\"It should have passed last year,\" the senator said.",
            "Irene Castellano, a Democratic senator from Maine, said she would vote for it.")
        #expect(quotes(analysis, story).map(\.speaker) == ["Marcus Dellaway"])
    }

    @Test func aPronounResolvedOnceRulesThatPersonOutForTheOtherGender() {
        let (analysis, story) = analyze(
            "Deputy Minister Lin Mei-hua told parliament the ships would arrive in 2027. She said: \"We need them sooner.\"",
            "Huang Tzu-wei, a lawmaker, questioned the price after Lin's briefing. \"It is too much,\" he told reporters.")
        #expect(quotes(analysis, story).map(\.speaker) == ["Lin Mei-hua", "Huang Tzu-wei"])
    }

    @Test func aQuotationWithNoCueContinuesTheTurn() {
        let (analysis, story) = analyze(intro, "\"We will act,\" Okabe said. \"We have no choice.\"", "\"None at all.\"")
        #expect(quotes(analysis, story).map(\.speaker) == ["Sanae Okabe", "Sanae Okabe", "Sanae Okabe"])
    }

    @Test func organisationsSpeakForThemselves() {
        let (analysis, story) = analyze(intro, "\"The visit was a provocation,\" the foreign ministry said in a statement.")
        let found = quotes(analysis, story)
        #expect(found.first?.kind == .organization)
        #expect(found.first?.speaker == "foreign ministry")
        #expect(analysis.quotes.first?.speaker.person == nil)
    }

    @Test func unnamedSpeakersAreNotGivenToANamedPerson() {
        let (analysis, story) = analyze(intro, "\"Nobody expected this,\" a government spokesman said.")
        let found = quotes(analysis, story)
        #expect(found.first?.kind == .unnamed)
        #expect(found.first?.speaker == "government spokesman")
    }

    @Test func aQuotationWithNobodyToSayItIsUnknown() {
        let (analysis, story) = analyze("The banner at the gate read: \"Fishermen first, politics second, always.\"")
        #expect(quotes(analysis, story).map(\.kind) == [.unknown])
    }

    @Test func aTextPutUpIsNobodysEvenWhenSomeoneCarriesItOrTheWordsAfterItNameAPlace() {
        let (analysis, story) = analyze(
            "Anja Berglund, a 19-year-old student, carried a sign reading \"Our island is not for sale\". She marched with her father.",
            "A message chalked on a board at the Hillcrest camp read: \"Hold on, Mika, we are coming for you.\"")
        #expect(quotes(analysis, story).map(\.kind) == [.unknown, .unknown])
    }
}

@Suite struct PronounSubjectTests {
    @Test func aPronounPassesOverTheSubjectTheSentenceBeforeCallsByTheOtherGender() {
        let (analysis, story) = analyze(
            "Foreign Minister Penelope Wong-Farrah said she would speak to her Indonesian counterpart, Sugiono Prabowo-Hadi, later in the week. He had told parliament that Indonesia expected \"a humane approach from a friend and neighbour\".")
        #expect(quotes(analysis, story).map(\.speaker) == ["Sugiono Prabowo-Hadi"])
    }

    @Test func aPronounGoesOnAboutASubjectSetOffByAnAside() {
        let (analysis, story) = analyze(
            "\"We will explain our position,\" said Mr Kenji Oshiro, a deputy minister.",
            "South Korea's ambassador, Shin Dong-ik, who had been invited, instead joined the relatives. \"We are here to remember, not to quarrel,\" he said.")
        #expect(quotes(analysis, story).map(\.speaker) == ["Kenji Oshiro", "Shin Dong-ik"])
    }

    @Test func aPronounGoesOnAboutTheSubjectOfTheSentenceBeforeNotTheLastSpeaker() {
        let (analysis, story) = analyze(
            "Tomas Rydell, an actor, opened the fair. \"It is the best show in years,\" said Mr Rydell.",
            "Costume maker Ivo Lindgren had a booth near the door. Amidst the bustle, Lindgren was working on a helmet. Later he told reporters that \"sculpting in front of a crowd shows people how it is done.\"")
        #expect(quotes(analysis, story).map(\.speaker) == ["Tomas Rydell", "Ivo Lindgren"])
    }
}

@Suite struct UnnamedTurnTests {
    static let named = "Aung Thura Kyaw, a regional official, said the camps were full."

    @Test func theOfficialGoesOnAboutTheUnnamedOfficialJustReported() {
        let (analysis, story) = analyze(Self.named,
            "A UN official who asked not to be named said about 8,000 people had crossed. \"Nobody wants to say the word, but that is what it is,\" the official said.")
        #expect(quotes(analysis, story).map(\.kind) == [.unnamed])
    }

    @Test func aPronounInTheNextParagraphStillGoesOnAboutTheUnnamedSpeaker() {
        let (analysis, story) = analyze(Self.named,
            "\"The strikes will go on,\" said a Turkish security source who was not authorised to speak publicly.",
            "He added: \"There will be no safe corridor for them anywhere.\"")
        #expect(quotes(analysis, story).map(\.kind) == [.unnamed, .unnamed])
    }

    @Test func anInfinitiveInTheSubjectIsNoSpeechVerb() {
        let (analysis, story) = analyze(Self.named,
            "A Taiwanese security official, speaking on condition of anonymity because he was not authorised to talk to the media, said Beijing was testing Taipei. \"They are rehearsing a quarantine,\" the official said.")
        #expect(quotes(analysis, story).map(\.kind) == [.unnamed])
    }

    @Test func theRegionAfterATownIsPartOfTheUnnamedSpeaker() {
        let (analysis, story) = analyze(Self.named,
            "A harbour pilot in Kyaukphyu, Rakhine, said the channel was closed. \"The ships are waiting offshore,\" he said.")
        #expect(quotes(analysis, story).map(\.kind) == [.unnamed])
    }

    @Test func aPronounAfterAnUnnamedSpeakerStaysUnnamed() {
        let (analysis, story) = analyze(Self.named,
            "A Turkish shipping official said insurers had raised premiums. \"Some owners will simply stop sending ships,\" he said.")
        #expect(quotes(analysis, story).map(\.kind) == [.unnamed])
    }
}

@Suite struct RelayedSpeechTests {
    @Test func whoIsQuotedSpeaksNotWhoQuotes() {
        let (analysis, story) = analyze(
            "Embassy spokesman Wu Zhenhai protested on Monday. \"Japan should stop its dangerous reconnaissance,\" the embassy quoted him as saying.",
            "\"There is no threat at all,\" Kremlin aide Arkady Rublyov was quoted as saying.")
        #expect(quotes(analysis, story).map(\.speaker) == ["Wu Zhenhai", "Arkady Rublyov"])
    }

    @Test func theDayBeforeTheVerbIsNoPartOfTheSpeaker() {
        let (analysis, story) = analyze("China on Tuesday warned Japan to \"stop playing with fire\" over Taiwan.",
            "The advisory, issued by the Chinese foreign ministry last week, cited \"a significant deterioration in the atmosphere\".")
        #expect(quotes(analysis, story).map(\.speaker) == ["China", "Chinese foreign ministry"])
    }

    @Test func aBodysNameEndingInACollectiveNounIsTheBody() {
        let (analysis, story) = analyze("Ukraine's General Staff said \"a series of explosions and a large fire\" had been recorded at the site.")
        #expect(quotes(analysis, story).map(\.kind) == [.organization])
    }

    @Test func anUnnamedSpeakerKeepsThePhrasesThatSayWhoTheyAre() {
        let (analysis, story) = analyze(
            "\"Everyone asks the same thing now,\" said the head of a Japanese business association in Shanghai who asked not to be named.",
            "\"She is right to go,\" said Grekova's colleague at the Memorial centre, Timur Abdullayev, who had sat in court.")
        let found = quotes(analysis, story)
        #expect(found.map(\.speaker) == ["head of a Japanese business association in Shanghai", "Timur Abdullayev"])
        #expect(found.map(\.kind) == [.unnamed, .person])
    }

    @Test func aParticipleAfterASpeechVerbSpeaksForThatVerbsSubject() {
        let (analysis, story) = analyze(
            "The Kirisame, a destroyer, crossed the strait, Defence Minister Haruto Kuwajima told a news conference, adding that the passage had been \"entirely consistent with international law\".",
            "Border guards moved a fence deeper into Georgian land, Tbilisi said, calling it a \"creeping occupation\" backed by Moscow.")
        #expect(quotes(analysis, story).map(\.speaker) == ["Haruto Kuwajima", "Tbilisi"])
    }

    @Test func aRoleBeforeAnAsideOpeningWithAParticipleSpeaks() {
        let (analysis, story) = analyze(
            "Defence Minister Haruto Kuwajima spoke in Tokyo on Monday.",
            "The minister, asked whether Japan would make the passages regular, said only: \"We will continue to act as the situation requires.\"")
        #expect(quotes(analysis, story).map(\.speaker) == ["Haruto Kuwajima"])
    }

    @Test func aVerbOfNamingInAnAsideReportsNoOnesWords() {
        let (analysis, story) = analyze(
            "Coast guard spokesman Liu Dejun said vessels had entered the waters of Huangyan Dao, as Beijing calls the shoal, and that \"necessary control measures\" had been taken.")
        #expect(quotes(analysis, story).map(\.speaker) == ["Liu Dejun"])
    }

    @Test func whoIsHeardSayingSpeaks() {
        let (analysis, story) = analyze("A woman was heard saying: \"My children were asleep when it hit.\"")
        #expect(quotes(analysis, story).map(\.kind) == [.unnamed])
    }

    @Test func aFragmentBeforeAndANewClauseIsNotThatClausesSpeakers() {
        let (analysis, story) = analyze(
            "The Russian defence ministry said its forces had hit \"military targets\", and its spokesman, Igor Konashenkov, said \"all targets were destroyed\".")
        #expect(quotes(analysis, story).map(\.kind) == [.organization, .person])
    }

    @Test func aFragmentOfWhatAPersonIsSaidToHaveSaidIsTheirsNotTheRelayers() {
        let (analysis, story) = analyze(
            "Vice Foreign Minister Bae Joon-ho summoned the Russian ambassador, Igor Tsvetkov, and warned that any transfer would \"cross a clear red line\", the foreign ministry said.")
        #expect(quotes(analysis, story).map(\.speaker) == ["Bae Joon-ho"])
    }
}

@Suite struct InvertedAndPassiveCueTests {
    @Test(arguments: [
        "\"He changed the field,\" said Ostrava Technical University's rector, Pavla Novotna.",
        "\"He changed the field,\" said study co-author and Royal Society Research Fellow Pavla Novotna.",
    ])
    func theNameThatEndsAnInvertedCueSpeaks(_ text: String) {
        let (analysis, story) = analyze(text)
        #expect(quotes(analysis, story).map(\.speaker) == ["Pavla Novotna"])
    }

    @Test func aBodyAfterThePassiveByIsTheSpeaker() {
        let (analysis, story) = analyze("Contact resumed on Monday, with a pattern described by Marine Bulletin as \"rather hectic and kind of confused\".")
        #expect(quotes(analysis, story).map(\.kind) == [.organization])
        #expect(analysis.names.isEmpty)
    }

    @Test func thePersonAfterThePassiveByIsTheSpeakerNotTheOneAfterAContrast() {
        let (analysis, story) = analyze(
            "President Pavel Dorin flew to the city on Monday. In a meeting he was told by Emergencies Minister Ivan Sotnikov of \"perhaps forty people under the rubble\", while Deputy Governor Oleg Barinov indicated that 68 were missing.")
        #expect(quotes(analysis, story).map(\.speaker) == ["Ivan Sotnikov"])
    }
}

@Suite struct TurnTests {
    @Test func aPronounAfterReportedSpeechIsItsSpeaker() {
        let (analysis, story) = analyze(
            "Mirela Vantu, a farmer, said the dam had flooded her fields.",
            "Dalia Okonkwo, an engineer at the port authority, said the repairs would take a year. \"We have the money but not the steel,\" she said.")
        #expect(quotes(analysis, story).map(\.speaker) == ["Dalia Okonkwo"])
    }

    @Test func aPronounOpeningTheNextParagraphStaysWithTheSpeaker() {
        let (analysis, story) = analyze(
            "President Tomas Albrecht promised an inquiry.",
            "\"The suspects fired from a car,\" police captain Ruben Ostrander told AFP.",
            "He said two men had been arrested. \"We know who they are,\" he added.")
        #expect(quotes(analysis, story).map(\.speaker) == ["Ruben Ostrander", "Ruben Ostrander"])
    }

    @Test func someoneNamedInTheNewParagraphTakesThePronoun() {
        let (analysis, story) = analyze(
            "\"We will not pay,\" Governor Lukas Brandvold said.",
            "Mayor Anton Heikkila disagreed. \"The town cannot wait,\" he said.")
        #expect(quotes(analysis, story).map(\.speaker) == ["Lukas Brandvold", "Anton Heikkila"])
    }

    @Test func aVerbInsideWhatIsReportedStartsNoTurn() {
        let (analysis, story) = analyze(
            "Nikolai Brandt, the governor, asked for more troops last week.",
            "Marta Ilves said the harbour was exposed, and that Brandt, who had asked for help, was right.",
            "\"Without air defence we live on luck.\"")
        #expect(quotes(analysis, story).map(\.speaker) == ["Marta Ilves"])
    }

    @Test func aFragmentInWhatIsReportedIsTheReportersWords() {
        let (analysis, story) = analyze(
            "Chief Secretary Irene Valcourt called the curbs \"regrettable\" and said Ottawa had urged Beijing to lift measures that were \"aimed at us\".")
        #expect(quotes(analysis, story).map(\.speaker) == ["Irene Valcourt", "Irene Valcourt"])
    }

    @Test func aCountryNamedLikeAVerbIsNotOne() {
        let (analysis, story) = analyze(
            "Envoy Paulo Brandao said he had come \"to listen\" and that the United States offered the island \"a partnership\".")
        #expect(quotes(analysis, story).map(\.speaker) == ["Paulo Brandao", "Paulo Brandao"])
    }
}

@Suite struct FragmentCueTests {
    @Test func aFragmentTheSentenceRunsOnFromTakesTheVerbBeforeIt() {
        let (analysis, story) = analyze(
            "The Border Office said in a statement that the patrols were \"a necessary response\" to Governor Elif Aydin, who it accused of provoking the island.")
        #expect(quotes(analysis, story).map(\.speaker) == ["Border Office"])
    }

    @Test func aParticipleAfterTheQuotationHasNoSubjectAfterIt() {
        let (analysis, story) = analyze(
            "Lawyer Dario Fenwick called the arrest \"a show for the cameras\", saying Ilse Maranta had done nothing wrong.")
        #expect(quotes(analysis, story).map(\.speaker) == ["Dario Fenwick"])
    }

    @Test func aParticipleBeforeTheQuotationSpeaksForTheSentencesSubject() {
        let (analysis, story) = analyze(
            "Prosecutors had sought ten years for Ilse Maranta, describing the network as \"a textbook case of infiltration\".")
        let found = quotes(analysis, story)
        #expect(found.map(\.speaker) == ["Prosecutors"])
        #expect(found.map(\.kind) == [.unnamed])
    }

    @Test func aRelativeClauseBeforeTheVerbIsPassedOver() {
        let (analysis, story) = analyze(
            "The National Audit Service, which examined the accounts with police, said the ministry had \"lost track of the money\".")
        #expect(quotes(analysis, story).map(\.speaker) == ["National Audit Service"])
    }
}

@Suite struct SpeakerPhraseTests {
    @Test func aDashBeforeAnUnnamedPhraseNamesNoSpeaker() {
        let (analysis, story) = analyze(
            "Ostrava's foreign ministry said it had summoned an envoy over what it called \"reckless manoeuvres\" — the third such summons this year.")
        #expect(quotes(analysis, story).map(\.speaker) == ["Ostrava's foreign ministry"])
    }

    @Test func whatWasIssuedBySomeoneIsTheirs() {
        let (analysis, story) = analyze(
            "The advisory, issued on Friday by Valdoria's Ministry of Tourism, urged travellers to \"stay alert in crowded places\".")
        #expect(quotes(analysis, story).map(\.speaker) == ["Valdoria's Ministry of Tourism"])
    }

    @Test func theSubjectOfAClauseSpeaksInIt() {
        let (analysis, story) = analyze(
            "Warships circled the island on Tuesday in drills that Beijing said were a \"stern warning\" to the island.")
        #expect(quotes(analysis, story).map(\.speaker) == ["Beijing"])
    }

    @Test(arguments: [("a spokeswoman for the Harbour Authority", "spokeswoman for the Harbour Authority"),
                      ("a government official who attended the talks", "government official")])
    func aPersonNamedByTheirPostIsUnnamed(_ phrase: String, _ speaker: String) {
        let (analysis, story) = analyze("\"We are ready to talk,\" said \(phrase).")
        let found = quotes(analysis, story)
        #expect(found.map(\.speaker) == [speaker])
        #expect(found.map(\.kind) == [.unnamed])
    }
}

@Suite struct WrittenWordsTests {
    @Test func whatSomeoneWroteIsTheirs() {
        let (analysis, story) = analyze(
            "President Alma Ferreira's statement said the raid had been \"a complete success\".")
        #expect(quotes(analysis, story).map(\.speaker) == ["Alma Ferreira"])
    }

    @Test func theirOfficeIsNotThem() {
        let (analysis, story) = analyze(
            "President Alma Ferreira's office said the raid had been \"a complete success\".")
        #expect(quotes(analysis, story).map(\.kind) == [.organization])
    }
}

@Suite struct KinshipTests {
    /// The pronoun after the name is the brother's; the noun before it says she is his sister.
    @Test func aNounForKinBeforeANameGivesTheGenderAPronounAfterItWouldNot() {
        let (analysis, story) = analyze(
            "Lucas Ferrand, a cyclist held for 611 days, flew home on Sunday. President Emmanuel Macron welcomed him.",
            "His sister, Camille Ferrand, who led a campaign for his release, said the family would ask for privacy. \"We are going to let him sleep,\" she told a radio station.")
        #expect(analysis.person("Camille Ferrand")?.gender == .female)
        #expect(quotes(analysis, story).map(\.speaker) == ["Camille Ferrand"])
    }

    @Test func aGivenNameAfterKinHasItsGender() {
        let (analysis, _) = analyze("He is survived by his wife Mary, who said he had loved the sea.")
        #expect(analysis.person("Mary")?.gender == .female)
    }
}

@Suite struct AppositiveSpeakerTests {
    @Test func aDescriptionAfterTheVerbThatGoesOnToNameSomeoneIsThem() {
        let (analysis, story) = analyze(
            "\"It has to happen within days,\" said Grekova's colleague at the Memorial rights centre, Timur Abdullayev, who has worked on such cases.")
        #expect(quotes(analysis, story).map(\.speaker) == ["Timur Abdullayev"])
    }

    @Test func aDescriptionThatNamesNoOneStaysUnnamed() {
        let (analysis, story) = analyze("\"It has to happen within days,\" said a colleague at the centre, who asked not to be named.")
        #expect(quotes(analysis, story).map(\.kind) == [.unnamed])
    }
}

@Suite struct AgeSpeakerTests {
    @Test func theAgeTheStoryGaveSomeoneNamesThem() {
        let (analysis, story) = analyze(
            "Among those freed was Andriy, a 24-year-old infantryman from Kharkiv who gave only his first name.",
            "\"They beat us when we spoke Ukrainian,\" the 24-year-old said.")
        #expect(quotes(analysis, story).map(\.speaker) == ["Andriy"])
    }

    @Test func anAgeNoOneWasGivenNamesNoOne() {
        let (analysis, story) = analyze(
            "Among those freed was Andriy, a 24-year-old infantryman from Kharkiv.",
            "\"They beat us when we spoke Ukrainian,\" the 31-year-old said.")
        #expect(quotes(analysis, story).map(\.speaker) != ["Andriy"])
    }
}

@Suite struct TalkedTests {
    @Test func whatSomeoneTalkedOfIsTheirs() {
        let (analysis, story) = analyze(
            "University chancellor Pradeep Khosla spoke at the memorial. Khosla talked of Munk's \"countless discoveries\" at sea.")
        #expect(quotes(analysis, story).map(\.speaker) == ["Pradeep Khosla"])
    }
}

@Suite struct SplitQuotationTests {
    @Test func theSecondPartOfAQuotationSplitByAnInvertedCueIsTheSpeakers() {
        let (analysis, story) = analyze(
            "\"We stand ready\" tweeted Johnson \"to provide whatever help we can to bring them under control.\"")
        #expect(quotes(analysis, story).map(\.speaker) == ["Johnson", "Johnson"])
    }

    @Test func theObjectOfAVerbIsNoSpeaker() {
        let (analysis, story) = analyze("The ministry urged French citizens \"not to travel to the region under any circumstances\".")
        #expect(quotes(analysis, story).map(\.speaker) != ["French citizens"])
    }
}

@Suite struct AsideTests {
    @Test func aPersonNamedInAnAsideIsNotTheSubject() {
        let (analysis, story) = analyze(
            "US envoy Chad Whitfield, appointed last month by President Donald Trump to lead the talks, posted on X that he had come \"to listen\".")
        #expect(quotes(analysis, story).map(\.speaker) == ["Chad Whitfield"])
    }

    @Test func aPersonWhoIsTheSubjectAfterAnotherClauseStillSpeaks() {
        let (analysis, story) = analyze("After the talks with Ivalo Berthelsen, Donald Trump posted that the island was \"not for sale\".")
        #expect(quotes(analysis, story).map(\.speaker) == ["Donald Trump"])
    }
}

@Suite struct USPoliticsCueTests {
    @Test(arguments: ["\"The veto will be overridden,\" Senate Majority Leader Mitch McConnell, R-Ky., told reporters.",
                      "Senate Majority Leader Mitch McConnell, R-Ky., said: \"The veto will be overridden.\""])
    func aPartyAndStateAfterANameEndsNoSentenceAndIsNoOne(_ text: String) {
        let (analysis, story) = analyze(text)
        #expect(analysis.names == ["Mitch McConnell"])
        #expect(quotes(analysis, story).map(\.speaker) == ["Mitch McConnell"])
    }

    @Test func aNumberWithASlashIsOneWordOfTheSpeakersDescription() {
        let (analysis, story) = analyze("\"The rationales do not hold,\" said 9/11 widow Terry Strada, who leads the families group.")
        #expect(quotes(analysis, story).map(\.speaker) == ["Terry Strada"])
    }
}

@Suite struct NegatedCueTests {
    @Test(arguments: ["didn't", "didn’t"])
    func aPronounBeforeANegatedVerbIsStillThePronoun(_ negation: String) {
        let (analysis, story) = analyze(
            "\"We have had problems before,\" Barack Obama said after the meeting. He \(negation) suggest retaliation. \"Our goal is not to escalate.\"")
        #expect(quotes(analysis, story).map(\.speaker) == ["Barack Obama", "Barack Obama"])
    }
}

@Suite struct SplitQuotationCueTests {
    @Test func theSecondPartOfASplitQuotationKeepsTheCueOfTheFirst() throws {
        let (analysis, story) = analyze("Secretary of State John Kerry spoke in Geneva. \"We remain open to talks,\" he said. \"Sadly, the other side has chosen a different path.\"")
        let cues = analysis.quotes.map { $0.speaker.cue.map { story.paragraphs[$0.paragraph].unicodeScalars.dropFirst($0.start).prefix($0.end - $0.start) }.map { String(String.UnicodeScalarView($0)) } }
        #expect(cues == ["he", "he"])
    }

    @Test func aTurnThatGoesOnIntoTheNextParagraphKeepsTheCueOfItsStart() {
        let (analysis, _) = analyze("\"We remain open to talks,\" Kerry said.", "\"Sadly, the other side has chosen a different path.\"")
        #expect(analysis.quotes.count == 2)
        #expect(analysis.quotes.map(\.speaker.cue) == [analysis.quotes[0].speaker.cue, analysis.quotes[0].speaker.cue])
        #expect(analysis.quotes[0].speaker.cue != nil)
    }
}

@Suite struct AddresseeTests {
    @Test func thePersonAnOpeningParticipleSpeaksToIsNotTheSpeaker() {
        let (analysis, story) = analyze(
            "Crown Prince Mohammad bin Salman accepted responsibility for the murder.",
            "Speaking to Martin Smith of PBS, he said, \"It happened under my watch.\"")
        #expect(quotes(analysis, story).map(\.speaker) == ["Mohammad bin Salman"])
    }

    @Test func aPersonNamedAfterToInsideTheSentenceCanStillBeTheSpeaker() {
        let (analysis, story) = analyze("Martin Smith spoke to reporters, and he said, \"It happened under my watch.\"")
        #expect(quotes(analysis, story).map(\.speaker) == ["Martin Smith"])
    }
}

@Suite struct DescriptionThatGoesOnTests {
    @Test func theDescriptionThatAddsIsThePersonWhoSpoke() {
        let (analysis, story) = analyze(
            "\"Warm water is attacking the ice shelves,\" said study co-author Karen Alley. The Wooster professor added, \"These effects matter.\"")
        #expect(quotes(analysis, story).map(\.speaker) == ["Karen Alley", "Karen Alley"])
    }

    @Test func anIndefiniteDescriptionIsSomeoneElse() {
        let (analysis, story) = analyze(
            "\"Warm water is attacking the ice shelves,\" said study co-author Karen Alley. A Wooster professor added, \"These effects matter.\"")
        #expect(quotes(analysis, story).map(\.kind) == [.person, .unnamed])
    }
}

@Suite struct OpeningParticipleTests {
    @Test func aFragmentInTheOpeningParticipleIsTheSubjectsWords() {
        let (analysis, story) = analyze("Calling it \"just another apology\", Anna Franowska of a victims' charity told Reuters the church was late.")
        #expect(quotes(analysis, story).map(\.speaker) == ["Anna Franowska"])
    }

    @Test func aQuotationThatRunsPastTheSentenceIsLeftAlone() {
        let (analysis, _) = analyze("Calling it \"just another apology. The church was late\", Anna Franowska said nothing more.")
        #expect(analysis.quotes.count <= 1)
    }
}

@Suite struct SourceWithinTests {
    @Test func aSourceWithinAnOrganisationIsUnnamed() {
        let (analysis, story) = analyze("\"I have been told not to give the toll,\" said a source within the central Interior Ministry.")
        #expect(quotes(analysis, story).map(\.kind) == [.unnamed])
    }
}

@Suite struct RankSpeakerTests {
    @Test func theRankNamesSomeoneWhoseRoleIsAnother() {
        let (analysis, story) = analyze(
            "Military spokesman Brigadier General Osman Karrar said the drones were shot down.",
            "\"The port is open,\" the general said.")
        #expect(analysis.person("Osman Karrar")?.role == "Military spokesman")
        #expect(quotes(analysis, story).map(\.speaker) == ["Osman Karrar"])
    }
}

@Suite struct CueShapeTests {
    @Test func aSpeechVerbAfterAnInfinitiveBelongsToTheSentencesSubject() {
        let (analysis, story) = analyze(
            "\"The harbour is silting up,\" said survey leader Dr Anneke Vos of Leiden University. She went on to add "
                + "\"The old quays will be dry within a decade,\" pointing at the charts.")
        #expect(quotes(analysis, story).map(\.speaker) == ["Anneke Vos", "Anneke Vos"])
    }

    @Test func aParticipleAfterARoleSpeaksForTheNameInAppositionNotForTheObjects() {
        let (analysis, story) = analyze(
            "The governor of Oaxaca, Lucía Benavides, visited the flooded valley, adding, \"No family will be left without a roof.\"",
            "Senator Tomas Ekdahl met the envoy, Pavel Rusnak, and warned that the deal would \"not survive the winter\".")
        #expect(quotes(analysis, story).map(\.speaker) == ["Lucía Benavides", "Tomas Ekdahl"])
    }

    @Test func reactingSpeakingAndDefendingIntroduceQuotations() {
        let (analysis, story) = analyze(
            "\"The port will reopen on Monday,\" said harbour master Ilse Brandt.",
            "Deputy Mayor Oren Talmi also reacted on Telegram, \"We were not consulted about any of this.\"",
            "Senator Rhea Okafor spoke on Radio Accra, \"Nobody should pay for a closure they did not cause.\"",
            "Brandt defended her decision, \"Safety comes before the timetable.\"")
        #expect(quotes(analysis, story).map(\.speaker) == ["Ilse Brandt", "Oren Talmi", "Rhea Okafor", "Ilse Brandt"])
    }

    @Test func theVerbOfAClauseAboutAPlaceCuesNoQuotation() {
        let (analysis, story) = analyze(
            "\"The harvest is the worst in a decade,\" Minister Teodor Vasile said at the fair in Cluj, where Mayor Ana Pop also spoke. "
                + "\"Farmers will get their aid before the winter.\"")
        #expect(quotes(analysis, story).map(\.speaker) == ["Teodor Vasile", "Teodor Vasile"])
    }

    @Test func aSentenceOpeningWithTheVerbNamesItsSpeakerBeforeTheQuotation() {
        let (analysis, story) = analyze(
            "The island's council voted on Monday to close the reef.",
            "Remarked Coral Trust marine biologist Tomasz Wielgus, \"This closure is the first good news the reef has had in years.\"")
        #expect(quotes(analysis, story).map(\.speaker) == ["Tomasz Wielgus"])
    }

    @Test func whatTheHolderOfARoleWroteIsTheirs() {
        let (analysis, story) = analyze(
            "District Judge Halvard Brekke ruled on Friday that the levy was unlawful.",
            "Part of the judge's statement reads \"the council could conceivably have raised the money another way.\"")
        #expect(quotes(analysis, story).map(\.speaker) == ["Halvard Brekke"])
    }

    @Test func theAgentOfAPassiveCueKeepsItsNameAfterTheArticle() {
        let (analysis, story) = analyze(
            "Okafor was described by the Lagos Herald as \"the most stubborn man in the state assembly.\"")
        #expect(quotes(analysis, story).map(\.kind) == [.organization])
        #expect(quotes(analysis, story).map(\.speaker) == ["Lagos Herald"])
    }

    @Test func aPoliceForceNamedByItsCityIsAnOrganisation() {
        let (analysis, story) = analyze(
            "Bergen Police, which promised on Monday a \"significant development\" at the hearing, face criticism.")
        #expect(quotes(analysis, story).map(\.kind) == [.organization])
    }
}

@Suite struct ClauseAndCueOrderTests {
    @Test func aRelativeClauseAfterANameHasItsOwnSubject() {
        let (analysis, story) = analyze(
            "Okonkwo also wrote the memoir Black Knight, White Knight and the novel Obsession, which the Lagos Herald called \"the boldest book of the decade.\"")
        #expect(quotes(analysis, story).map(\.speaker) == ["Lagos Herald"])
    }

    @Test func aDescriptionSetOffAfterANameIsThatPersons() {
        let (analysis, story) = analyze(
            "The designer Ingrid Solvang died on Monday at the age of 91.",
            "Ola Brekke, of NRK, one of Solvang's three sons, stated, \"She lived life on her own terms.\"")
        #expect(quotes(analysis, story).map(\.speaker) == ["Ola Brekke"])
    }

    @Test func aQuotationItsCueOpensIsThatCuesWhateverFollows() {
        let (analysis, story) = analyze(
            "Cardinal Pierre Lemaire of the Holy See said, \"Why should the bishops be exempt?\" Archbishop Tomas Vella said, \"Nobody is above the law.\"")
        #expect(quotes(analysis, story).map(\.speaker) == ["Pierre Lemaire", "Tomas Vella"])
    }

    @Test func aSpeechVerbAfterAPossessiveIsNoCue() {
        let (analysis, story) = analyze(
            "Labour MP Owen Pryce called Prime Minister Helen Marsh's proposed deal \"lousy\" and said he would vote against it.")
        #expect(quotes(analysis, story).map(\.speaker) == ["Owen Pryce"])
    }

    @Test func rejectingAChargeAsSomethingIsSayingIt() {
        let (analysis, story) = analyze(
            "Foreign Minister Karim Haddou rejected Bamako's charges as \"baseless\" on Tuesday.")
        #expect(quotes(analysis, story).map(\.speaker) == ["Karim Haddou"])
    }
}
