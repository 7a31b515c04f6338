/// Names that are not people's, told by the word after them: a place (`Quang Ngai province`,
/// `Niger state`), a vessel or a weapon (`the Akinci drone`, `the Kaptan Selim freighter`), a
/// body (`the Tasnim news agency`), a number that is no year (`the Hong Tai 58`).
extension PeopleFinder {
    static let of = Word("of")
    static let placeNouns: WordSet = ["province", "provinces", "district", "districts", "county", "prefecture", "governorate",
                                      "region", "village", "town", "township", "island", "islands", "state", "oblast",
                                      "municipality", "valley", "neighbourhood", "neighborhood"]
    static let vehicleNouns: WordSet = ["ship", "vessel", "tanker", "freighter", "trawler", "ferry", "boat", "frigate", "destroyer",
                                        "corvette", "submarine", "cutter", "drone", "drones", "missile", "missiles", "jet", "jets",
                                        "aircraft", "helicopter", "helicopters", "rocket", "satellite", "rover", "spacecraft", "tank", "tanks"]

    static let stormNouns: WordSet = ["hurricane", "storm", "typhoon", "cyclone", "depression"]

    /// Nouns for a body after its name: `the Tasnim news agency`, `the Wagner group`.
    static let bodyNouns: WordSet = ["agency", "news", "group", "militia", "movement", "company", "firm", "ministry", "party",
                                     "newspaper", "daily", "broadcaster", "channel", "network", "coalition", "alliance", "brigade",
                                     "brigades", "battalion", "faction", "organisation", "organization", "association", "union"]

    /// The capitalised words just before a lower-case noun for a place, or after it and `of`,
    /// anywhere in the story, as name keys: `in Quang Ngai who asked` names the place that
    /// `Quang Ngai province` does, `Tinzaouatene` the one of `the desert town of Tinzaouatene`.
    static func placesNamedByNoun(in paragraphs: [Paragraph]) -> Set<String> {
        var places = Set<String>()
        for paragraph in paragraphs {
            let tokens = paragraph.tokens
            for t in tokens.indices where tokens[t].kind == .word {
                // `Hurricane Lorenzo`, `Tropical Storm Chantal`: a storm's name is no one's, here or later.
                if tokens[t].isCapitalized {
                    if t + 1 < tokens.count, tokens[t + 1].kind == .word, tokens[t + 1].isCapitalized,
                       stormNouns.contains(tokens[t].lower), !stormNouns.contains(tokens[t + 1].lower) {
                        places.insert(tokens[t + 1].key.text)
                    }
                    continue
                }
                // The capitals around first: they spare most words the look-up.
                let capitalBefore = t > 0 && tokens[t - 1].isCapitalized && tokens[t - 1].kind == .word
                let capitalAfterOf = t + 2 < tokens.count && tokens[t + 2].isCapitalized && tokens[t + 2].kind == .word && tokens[t + 1].lower == of
                guard capitalBefore || capitalAfterOf, placeNouns.contains(tokens[t].lower) else { continue }
                if capitalBefore {
                    var start = t
                    while start > 0, t - start < 4, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized, !tokens[start - 1].startsSentence || start - 1 < t - 1 {
                        start -= 1
                    }
                    if start < t, tokens[t - 1].nameEnd == tokens[t - 1].end { places.insert(Word.joined((start..<t).map { tokens[$0].key.text })) }
                }
                // `the desert town of Tinzaouatene`.
                if capitalAfterOf {
                    var end = t + 2
                    while end < tokens.count, end - t < 6, tokens[end].kind == .word, tokens[end].isCapitalized, tokens[end - 1].nameEnd == tokens[end - 1].end { end += 1 }
                    places.insert(Word.joined((t + 2..<end).map { tokens[$0].key.text }))
                }
            }
        }
        return places
    }

    /// A vessel, a weapon or a numbered thing named by the run.
    static func namesAThing(_ tokens: [Token], _ run: Range<Int>) -> Bool {
        guard run.upperBound < tokens.count, tokens[run.upperBound - 1].nameEnd == tokens[run.upperBound - 1].end else { return false }
        let next = tokens[run.upperBound]
        guard next.kind == .word, !next.isCapitalized else { return false }
        // Not a year: `Brieber 2014` cites a person.
        if let first = next.text.utf8.first, first >= 0x30, first <= 0x39 { return next.text.utf8.count != 4 }
        return vehicleNouns.contains(next.lower) || bodyNouns.contains(next.lower)
    }
}
