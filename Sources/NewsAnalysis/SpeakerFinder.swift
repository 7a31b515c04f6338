import NewsModel

/// Gives each quotation its speaker, from the cue around it: `"…," X said`, `said X`,
/// `X said: "…"`, `according to X`; through a pronoun or a role to a named person; else to
/// the speaker of the quotation just before (a turn that goes on); else nobody.
struct SpeakerFinder {
    let shared: SharedGazetteer
    let paragraphs: [Paragraph]
    let people: [Person]
    /// The people's genders, completed as pronouns are resolved: after `She said:` goes to
    /// Lin, a later `he said` is not Lin's.
    private var genders: [Gender?]
    let owner: [[Int?]]
    /// The organisation or group that spoke last: what `they said` and `it said` refer to.
    private var lastGroupSpeaker: Speaker?
    /// Each person's role as lower-case words, for `the minister said`.
    private let roleWords: [[Substring]]
    private let roleHolders = RoleHolders()
    /// The last one to speak before the quotation at hand, as (paragraph, offset, speaker): a
    /// quotation's speaker, or the subject of reported speech (`She said the talks ...`).
    private var turn: (paragraph: Int, offset: Int, speaker: Speaker)?

    /// Looked up by a token's key, whose apostrophes are straight: `didn’t` is `didn't`.
    static let auxiliaries: WordSet = ["has", "had", "have", "would", "will", "also", "later", "then", "further",
                                           "again", "once", "earlier", "previously", "reportedly", "is", "was",
                                           "were", "are", "had", "did", "does", "do", "could", "might", "may", "can",
                                           "separately", "simply", "only", "just", "quickly", "repeatedly", "too", "herself", "himself",
                                           "not", "never", "cannot", "didn't", "doesn't", "don't", "won't", "wouldn't", "couldn't",
                                           "can't", "hasn't", "haven't", "hadn't", "isn't", "wasn't"]
    static let unnamedHeads: WordSet = ["spokesman", "spokeswoman", "spokesperson", "official", "officials",
                                            "analyst", "analysts", "diplomat", "diplomats", "source", "sources",
                                            "expert", "experts", "resident", "residents", "witness", "witnesses",
                                            "observer", "observers", "person", "people", "man", "woman", "lawmaker",
                                            "lawmakers", "aide", "aides", "insider", "insiders", "executive",
                                            "executives", "economist", "economists", "researcher", "researchers",
                                            "member", "members", "worker", "workers", "protester", "protesters",
                                            "fisherman", "fishermen", "farmer", "farmers", "activist", "activists",
                                            "critic", "critics", "officer", "officers", "trader", "traders",
                                            "investor", "investors", "manager", "managers", "scientist", "scientists",
                                            "engineer", "engineers", "doctor", "doctors", "student", "students",
                                            "driver", "owner", "owners", "voter", "voters", "negotiator", "negotiators",
                                            "envoy", "minister", "ministers", "leader", "leaders", "commander",
                                            "prosecutors", "prosecutor", "police", "authorities", "organisers",
                                            "organizers", "campaigners", "rescuers", "sailor", "pilot", "crew", "user", "users",
                                            "fan", "fans", "viewer", "viewers", "commenter", "commenters", "blogger",
                                            "bloggers", "netizen", "netizens", "colleague", "colleagues"]
    static let organisationHeads: WordSet = ["ministry", "government", "company", "agency", "embassy", "statement",
                                                 "military", "army", "navy", "court", "party", "office", "bureau",
                                                 "department", "committee", "commission", "council", "firm", "group",
                                                 "operator", "union", "association", "administration", "cabinet",
                                                 "newspaper", "paper", "broadcaster", "network", "report", "regulator",
                                                 "bank", "board", "institute", "university", "federation", "guard",
                                                 "command", "headquarters", "consulate", "parliament", "assembly",
                                                 "force", "forces", "club", "team", "carrier", "airline", "exchange",
                                                 "authority", "service", "foundation", "organisation", "organization"]
    /// Texts that speak for no one named: their words are quoted, their writer is unknown.
    static let documents: WordSet = ["letter", "report", "ruling", "book", "article", "study", "survey", "memo", "document",
                                     "tweet", "ad", "advert", "advertisement", "piece", "website", "video", "sign", "signs",
                                     "banner", "banners", "poster", "posters", "placard", "placards", "message", "note", "leaflet",
                                     "leaflets", "editorial", "column", "filing", "complaint", "lawsuit", "indictment", "verdict",
                                     "transcript", "email", "caption", "headline", "slogan", "graffiti", "inscription", "petition",
                                     "manifesto", "page", "passage", "text", "draft", "bill", "resolution", "communique", "communiqué"]
    /// Texts put up for all to read, whoever carries them.
    static let displays: WordSet = ["sign", "signs", "banner", "banners", "poster", "posters", "placard", "placards", "graffiti",
                                    "inscription", "slogan", "caption", "headline", "board", "t-shirt", "sticker", "stickers"]
    static let ownWritings: WordSet = ["statement", "post", "posts", "account", "channel", "blog", "memoir", "speech", "remarks"]
    static let quantifiers: WordSet = ["the", "a", "an", "one", "another", "two", "three", "several", "some",
                                           "many", "other", "its", "their", "his", "her"]

    /// `ranks`: the rank of someone whose role is another, which a role noun may name too.
    init(shared: SharedGazetteer, paragraphs: [Paragraph], people: [Person], owner: [[Int?]], ranks: [Int: String] = [:]) {
        self.shared = shared
        self.paragraphs = paragraphs
        self.people = people
        self.owner = owner
        genders = people.map(\.gender)
        roleWords = people.indices.map { i in
            SpeakerFinder.words(of: [people[i].role, ranks[i]].compactMap { $0 }.joined(separator: " ").lowercased())
        }
    }

    mutating func speakers(for found: [QuoteFinder.Found]) -> [Quote] {
        var quotes: [Quote] = []
        let quoted = found.map { ($0.paragraph, $0.start - 1, $0.endParagraph, $0.end + 1) }
        var reported = reportedSpeechVerbs(outside: quoted)[...]
        for q in found where !isTitle(q) {
            // Reported speech before the quotation, in order, each seeing the turn before it.
            while let next = reported.first, (next.paragraph, next.offset) < (q.paragraph, q.start) {
                reported.removeFirst()
                guard let speaker = reportedSpeaker(next) else { continue }
                if turn == nil || (turn!.paragraph, turn!.offset) < (next.paragraph, next.offset) { turn = (next.paragraph, next.offset, speaker) }
            }
            let partial = isPartial(q)
            // A fragment the sentence runs on from (`called it "a show", saying ...`): the
            // verb before it is its cue; one set off by a comma may have its cue after.
            // `X said, "…?" Y said, "…"`: a quotation its cue opens is that cue's, whatever follows.
            var speaker = partial && !setOffAfter(q) || !partial && opensAfterSpeechVerb(q) ? cueBefore(q, partial: partial) ?? cueAfter(q) ?? accordingTo(q)
                : cueAfter(q) ?? cueBefore(q, partial: partial) ?? accordingTo(q)
            // `Rublyov said ... that the situation was "under control", the Interfax news agency
            // reported`: a fragment of what a person is said to have said is theirs, not the relayer's.
            if partial, let relayed = speaker, relayed.kind != .person, let person = cueBefore(q, partial: true), person.kind == .person {
                speaker = person
            }
            if let person = speaker?.person, genders[person] == nil, let cue = speaker?.cue, let gender = pronounGender(cue) {
                genders[person] = gender
            }
            // `"…," said study co-author Karen Alley. The Wooster professor added, "…"`: a
            // description that goes on speaking is the person who spoke.
            if let described = speaker, described.kind == .unnamed, let turn, turn.speaker.kind == .person,
               q.paragraph - turn.paragraph <= 1, continuesTurn(described) {
                speaker = turn.speaker
                speaker?.cue = described.cue
            }
            if speaker == nil {
                // Scare quotes and titles: a few words nobody is said to have said.
                if partial || wordCount(q) <= 3 && !endsSentence(q) { continue }
                // A turn that goes on: the last speaker, in this paragraph or the one before;
                // not after a colon that names no speaker (`A banner read: "..."`).
                if introducedByColon(q) {
                    speaker = colonSubject(q)
                } else if let turn, turn.speaker.kind != .unknown, q.paragraph - turn.paragraph <= 1 {
                    // `"A," he said. "B."`, and a turn that goes on into the next paragraph: the
                    // story attributes what follows by the cue of what came first, and so does this.
                    speaker = turn.speaker
                }
            }
            let resolved = speaker ?? .unknown
            if resolved.kind == .organization || resolved.kind == .unnamed { lastGroupSpeaker = resolved }
            turn = (q.endParagraph, q.end, resolved)
            quotes.append(Quote(start: TextSpan(paragraph: q.paragraph, start: q.start, end: q.end),
                                endParagraph: q.endParagraph, speaker: resolved, partial: partial))
        }
        return quotes
    }

    /// `Trump responded to the ruling via Twitter, attacking the subpoena: "..."`: the person
    /// the sentence before the colon is about, when it opens with one.
    private func colonSubject(_ q: QuoteFinder.Found) -> Speaker? {
        var paragraph = paragraphs[q.paragraph]
        var open = paragraph.tokenIndex(atOrAfter: q.start - 1)
        if open == 0, q.paragraph > 0 {
            paragraph = paragraphs[q.paragraph - 1]
            open = paragraph.tokens.count
        }
        let tokens = paragraph.tokens
        guard open > 1 else { return nil }
        let sentence = paragraph.sentenceStart(before: open - 2)
        // The first word group of the sentence, past a title or role before the name.
        var t = sentence
        while t < open - 1, tokens[t].kind == .word, owner[paragraph.index][t] == nil, t - sentence < 6 { t += 1 }
        guard t < open - 1, let person = owner[paragraph.index][t],
              tokens[sentence..<t].allSatisfy({ $0.kind == .word }) else { return nil }
        return Speaker(kind: .person, text: people[person].name, person: person,
                       cue: TextSpan(paragraph: paragraph.index, start: tokens[t].start, end: tokens[t].end))
    }

    /// `Scicluna said, "…"`: a speech verb and its comma or colon just before the opening mark,
    /// in a sentence that starts before the verb.
    private func opensAfterSpeechVerb(_ q: QuoteFinder.Found) -> Bool {
        let paragraph = paragraphs[q.paragraph]
        let open = paragraph.tokenIndex(atOrAfter: q.start - 1)
        guard open >= 3, paragraph.tokens[open - 1].mark == "," || paragraph.tokens[open - 1].mark == ":" else { return false }
        let v = open - 2
        return paragraph.tokens[v].kind == .word && isSpeechVerb(paragraph.tokens, v) && !paragraph.tokens[v].startsSentence
            && paragraph.tokens[v - 1].kind == .word
    }

    /// `"...": ` just before the quotation.
    private func introducedByColon(_ q: QuoteFinder.Found) -> Bool {
        let paragraph = paragraphs[q.paragraph]
        let open = paragraph.tokenIndex(atOrAfter: q.start - 1)
        if open > 0 { return paragraph.tokens[open - 1].mark == ":" }
        return q.paragraph > 0 && paragraphs[q.paragraph - 1].tokens.last?.mark == ":"
    }

    /// Speech verbs outside quotation marks whose subject may be a person: `Shin said Beijing
    /// was testing ...`, `She said the new authorities ...`.
    private func reportedSpeechVerbs(outside quoted: [(Int, Int, Int, Int)]) -> [(paragraph: Int, offset: Int, verb: Int)] {
        var found: [(paragraph: Int, offset: Int, verb: Int)] = []
        // A turn counts only for a quotation in its paragraph or the next: the others are not
        // looked at, with the same result.
        var quotedNear = [Bool](repeating: false, count: paragraphs.count)
        for (p0, _, _, _) in quoted {
            quotedNear[p0] = true
            if p0 > 0 { quotedNear[p0 - 1] = true }
        }
        for paragraph in paragraphs where quotedNear[paragraph.index] {
            let tokens = paragraph.tokens
            var lastSentence: Int?
            // A capital inside a sentence is no verb (see `isSpeechVerb`): looked at before the list.
            for v in tokens.indices where tokens[v].kind == .word && (!tokens[v].isCapitalized || tokens[v].startsSentence) && isSpeechVerb(tokens, v) {
                let at = tokens[v].start
                if quoted.contains(where: { (p0, s0, p1, e1) in (p0, s0) <= (paragraph.index, at) && (paragraph.index, at) <= (p1, e1) }) { continue }
                let sentence = paragraph.sentenceStart(before: v)
                guard v > sentence else { continue }
                // `not authorised to talk to the media`: an infinitive reports nothing.
                if isRelativeClauseVerb(tokens, v, from: sentence) || tokens[v - 1].lower == SpeakerFinder.to { continue }
                // `Horbenko said ... Sobko, who had asked Kyiv ...`: a verb inside what an
                // earlier one reports is not a new turn.
                guard sentence != lastSentence else { continue }
                lastSentence = sentence
                // Only a person, he/she or someone unnamed can be the subject wanted: most verbs have none.
                guard (sentence..<v).contains(where: { owner[paragraph.index][$0] != nil || tokens[$0].lower == "he" || tokens[$0].lower == "she"
                    || !tokens[$0].isCapitalized && SpeakerFinder.unnamedHeads.contains(tokens[$0].lower) }) else { continue }
                found.append((paragraph.index, at, v))
            }
        }
        return found
    }

    /// `the embassy quoted him as saying`, `he was quoted as saying`: who is quoted, not who quotes.
    private func quotedSubject(in paragraph: Paragraph, tokens range: Range<Int>, at q: QuoteFinder.Found) -> Speaker? {
        let tokens = paragraph.tokens
        guard let k = range.first(where: { tokens[$0].lower == "quoted" }) else { return nil }
        if let asIndex = (k + 1..<range.upperBound).first(where: { tokens[$0].lower == "as" }), asIndex > k + 1 {
            if asIndex == k + 2, ["him", "her"].contains(tokens[k + 1].lower.text) {
                return pronoun(tokens[k + 1].lower == "him" ? .male : .female, before: q)
            }
            return subject(in: paragraph, tokens: k + 1..<asIndex, at: q)
        }
        var end = k
        while end > range.lowerBound, SpeakerFinder.auxiliaries.contains(tokens[end - 1].key) { end -= 1 }
        guard end > range.lowerBound, end < k else { return nil }
        return subject(in: paragraph, tokens: range.lowerBound..<end, at: q)
    }

    /// `..., as Beijing calls the shoal,`: a verb of naming in an aside, which reports no one's words.
    private func isAsideVerb(_ tokens: [Token], _ v: Int, from start: Int) -> Bool {
        guard SpeakerFinder.namingVerbs.contains(tokens[v].lower),
              let asIndex = (max(start, v - 4)..<v).last(where: { tokens[$0].lower == "as" }), asIndex > start else { return false }
        return tokens[asIndex - 1].mark == ","
    }

    /// `at the gala in Washington, where Mrs. Clinton also spoke.`: the verb of a clause about a place or time.
    private func isPlaceClauseVerb(_ tokens: [Token], _ v: Int, from start: Int) -> Bool {
        guard v > start + 1, let opener = (max(start + 1, v - 5)..<v).last(where: { tokens[$0].kind == .punctuation || SpeakerFinder.placeClauseOpeners.contains(tokens[$0].lower) }),
              tokens[opener].kind == .word else { return false }
        return tokens[opener - 1].mark == ","
    }

    static let placeClauseOpeners: WordSet = ["where", "when", "whereas"]
    static let namingVerbs: WordSet = ["calls", "call", "called", "puts", "put", "describes", "terms"]

    /// `An official who asked not to be named said`, `who had told`: the verb of a relative clause.
    private func isRelativeClauseVerb(_ tokens: [Token], _ v: Int, from start: Int) -> Bool {
        v - 1 >= start && SpeakerFinder.relatives.contains(tokens[v - 1].lower)
            || v - 2 >= start && SpeakerFinder.relatives.contains(tokens[v - 2].lower) && SpeakerFinder.auxiliaries.contains(tokens[v - 1].key)
    }

    /// The person who speaks through a reported speech verb, if one does.
    private func reportedSpeaker(_ verb: (paragraph: Int, offset: Int, verb: Int)) -> Speaker? {
        let paragraph = paragraphs[verb.paragraph]
        let probe = QuoteFinder.Found(paragraph: verb.paragraph, start: verb.offset, endParagraph: verb.paragraph, end: verb.offset)
        let sentence = paragraph.sentenceStart(before: verb.verb)
        guard let speaker = subject(in: paragraph, tokens: sentence..<verb.verb, at: probe, nearest: true),
              speaker.kind == .person || speaker.kind == .unnamed && SpeakerFinder.isOneSomeone(speaker) else { return nil }
        return speaker
    }

    /// `UN official in Cox's Bazar`, not `officials` or `residents`: whom `he`, `she` or `the
    /// official` can go on about.
    static func isOneSomeone(_ speaker: Speaker) -> Bool {
        guard let text = speaker.text?.lowercased() else { return false }
        let head = text.wordsBetweenSpaces.prefix { !modifierStarts.contains(String($0)) }.last.map(String.init) ?? text
        return !head.hasSuffix("s") || head.hasSuffix("ss")
    }

    static let titleFunctionWords: WordSet = ["of", "the", "and", "a", "an", "to", "in", "on", "for", "with", "at", "by", "from", "or"]

    /// `"Fox and Friends,"`, `"State of the Union."`: a name or a title in quotation marks,
    /// a few words that are all capitalised.
    private func isTitle(_ q: QuoteFinder.Found) -> Bool {
        guard q.paragraph == q.endParagraph else { return false }
        let paragraph = paragraphs[q.paragraph]
        let range = paragraph.tokenIndex(atOrAfter: q.start)..<paragraph.tokenIndex(atOrAfter: q.end)
        // Counted first: most quotations are longer than a title, and need no list of their words.
        guard (1...6).contains(range.lazy.filter({ paragraph.tokens[$0].kind == .word }).prefix(7).count) else { return false }
        let words = range.filter { paragraph.tokens[$0].kind == .word }
        return words.allSatisfy { paragraph.tokens[$0].isCapitalized || SpeakerFinder.titleFunctionWords.contains(paragraph.tokens[$0].text) }
            && words.contains { !paragraph.tokens[$0].startsSentence || words.count == 1 }
    }

    private func endsSentence(_ q: QuoteFinder.Found) -> Bool {
        let scalars = paragraphs[q.endParagraph].scalars
        return q.end > 0 && Marks.sentenceEnds.contains(scalars[q.end - 1])
    }

    private func wordCount(_ q: QuoteFinder.Found) -> Int {
        guard q.paragraph == q.endParagraph else { return 100 }
        let paragraph = paragraphs[q.paragraph]
        let first = paragraph.tokenIndex(atOrAfter: q.start)
        let last = paragraph.tokenIndex(atOrAfter: q.end)
        return (first..<last).count { index in
            let token = paragraph.tokens[index]
            return token.kind == .word && paragraph.scalars[token.start..<token.end].contains(where: Tokenizer.isLetter)
        }
    }

    // MARK: Partial quotations

    /// A fragment inside a sentence: it starts in lower case, or it follows words of its
    /// sentence (not a colon or a comma) and does not end like a sentence.
    private func isPartial(_ q: QuoteFinder.Found) -> Bool {
        let scalars = paragraphs[q.paragraph].scalars
        guard let first = scalars[q.start..<min(scalars.count, q.start + 8)].first(where: Tokenizer.isLetter) else { return false }
        if first.properties.isLowercase { return true }
        let endScalars = paragraphs[q.endParagraph].scalars
        let last = q.end > 0 ? endScalars[q.end - 1] : " "
        let endsLikeSentence = [".", ",", "!", "?", "…", ":", ";", "—", "-"].contains(last)
        if endsLikeSentence || q.endParagraph != q.paragraph { return false }
        let paragraph = paragraphs[q.paragraph]
        let open = paragraph.tokenIndex(atOrAfter: q.start - 1)
        guard open > 0 else { return false }
        let before = paragraph.tokens[open - 1]
        return before.kind == .word || before.mark == "(" || before.mark == "—"
    }

    /// `"…," X said`, `"…" — X`: a comma or a dash right after the closing mark.
    private func setOffAfter(_ q: QuoteFinder.Found) -> Bool {
        let paragraph = paragraphs[q.endParagraph]
        let close = paragraph.tokenIndex(atOrAfter: q.end)
        if q.end > 0, [",", "—", "―", "–"].contains(paragraph.scalars[q.end - 1]) { return true }
        guard close + 1 < paragraph.tokens.count else { return false }
        let next = paragraph.tokens[close + 1]
        return next.kind == .punctuation && (next.mark == "," || SpeakerFinder.dashes.contains(next.text))
    }

    // MARK: Cues

    /// `"…," X said`, `"…," said X`, `"…" ― X` right after the closing mark. A parenthesis
    /// (`Rep. Gwen Moore (D-Wis.) said`) or an apposition (`X, a scientist at Y, wrote`)
    /// between the name and the verb is passed over.
    private func cueAfter(_ q: QuoteFinder.Found) -> Speaker? {
        let paragraph = paragraphs[q.endParagraph]
        let tokens = paragraph.tokens
        var i = paragraph.tokenIndex(atOrAfter: q.end) + 1
        while i < tokens.count, tokens[i].kind == .punctuation, tokens[i].mark == "," { i += 1 }
        if i < tokens.count, tokens[i].kind == .punctuation, SpeakerFinder.dashes.contains(tokens[i].text) {
            // `"…" — Takaichi`, not `"…" — the fourth such summons this year`.
            guard let speaker = subject(in: paragraph, after: i + 1, at: q),
                  speaker.kind == .person || speaker.text?.first?.isUppercase == true else { return nil }
            return speaker
        }
        guard i < tokens.count, tokens[i].kind == .word else { return nil }
        if isSpeechVerb(tokens, i) {
            // `"…", saying Tkachenko had ...`: a participle's subject is not after it.
            if tokens[i].lower.text.hasSuffix("ing") { return nil }
            return subject(in: paragraph, after: i + 1, at: q)
        }
        // `... for ocean science." She described him as ...`: a quotation that ends its
        // sentence, then a new one; that one's subject speaks of what follows, not of this.
        if q.end > 0, paragraphs[q.endParagraph].scalars[q.end - 1] == ".", tokens[i].isCapitalized { return nil }
        // `of "...", while Deputy Governor Oleg Klimov indicated`, `hit "military targets", and
        // its spokesman said`: a new clause, its own words.
        if SpeakerFinder.contrasts.contains(tokens[i].lower) { return nil }
        var v = i
        var words: [Int] = []
        while v < tokens.count, words.count < 10 || words.count < 18 && words.contains(where: { owner[paragraph.index][$0] != nil }) {
            let token = tokens[v]
            if token.kind == .punctuation {
                if token.mark == "(" , let close = tokens[v...].firstIndex(where: { $0.mark == ")" }), close - v < 12 {
                    v = close + 1
                    continue
                }
                if token.mark == ",", !words.isEmpty, words.contains(where: { owner[paragraph.index][$0] != nil }),
                   let next = tokens[(v + 1)...].prefix(20).firstIndex(where: { $0.mark == "," || $0.kind == .punctuation && $0.mark != "’" && $0.mark != "'" && $0.mark != "-" }),
                   tokens[next].mark == ",", next + 1 < tokens.count, isSpeechVerb(tokens, next + 1) {
                    return subject(in: paragraph, tokens: words.first!..<words.last! + 1, at: q)
                }
                if !Marks.apostrophes.contains(token.mark) && token.mark != "," { return nil }
            } else if isSpeechVerb(tokens, v) && !words.isEmpty && tokens[v].lower != "quoted" {
                let range = words.first!..<words.last! + 1
                return quotedSubject(in: paragraph, tokens: range, at: q) ?? subject(in: paragraph, tokens: range, at: q)
            } else {
                words.append(v)
            }
            v += 1
        }
        return nil
    }

    static let contrasts: WordSet = ["while", "whereas", "although", "though", "but", "and"]
    /// The phrase's head: its last word before the first modifier after `start` (`of`, `at`,
    /// `who`, and with `participles` a word in -ed: `A message chalked on a board`).
    static func head(of words: [Int], after start: Int, in tokens: [Token], participles: Bool) -> Int? {
        words.first { $0 > start && (modifierStarts.contains(tokens[$0].lower) || participles && endsInEd(tokens[$0])) }
            .flatMap { modifier in words.last { $0 < modifier } }
    }

    /// `chalked`, `issued`: by the bytes, as every word of a subject may pass here.
    static func endsInEd(_ token: Token) -> Bool {
        let utf8 = token.lower.text.utf8
        return utf8.count > 3 && utf8.last == UInt8(ascii: "d") && utf8[utf8.index(utf8.endIndex, offsetBy: -2)] == UInt8(ascii: "e")
    }

    static let collectives: WordSet = ["staff", "corps", "guards", "police"]
    static let asideOpeners: WordSet = ["asked", "pressed", "questioned", "quizzed", "interviewed", "reached", "contacted"]
    static let describingPrepositions: WordSet = ["of", "at", "in", "from", "for", "with"]
    static let dayWords: WordSet = ["on", "last", "this", "early", "late", "earlier", "next"]
    static let times: WordSet = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                 "week", "weekend", "month", "year", "night", "morning", "evening"]
    static let perceptions: WordSet = ["heard", "seen", "overheard", "filmed", "recorded"]
    static let relatives: WordSet = ["who", "whom", "which", "whose"]
    static let modifierStarts: WordSet = ["for", "of", "who", "which", "that", "at", "in", "from", "with", "on", "within", "inside"]
    static let clauseOpeners: WordSet = ["who", "whom", "which", "that", "since", "after", "before", "when", "while", "as",
                                         "because", "until", "once", "if", "where"]
    static let dashes: WordSet = ["—", "―", "–", "-"]

    /// `X said: "…"`, `X told reporters "…"` just before a quotation; for a fragment, the
    /// nearest speech verb anywhere before it in its sentence (`X said the ships had been
    /// "expelled"`), passing over other fragments and verbs with no subject (`adding`).
    private func cueBefore(_ q: QuoteFinder.Found, partial: Bool) -> Speaker? {
        var paragraph = paragraphs[q.paragraph]
        var open = paragraph.tokenIndex(atOrAfter: q.start - 1)
        if open == 0, q.paragraph > 0, paragraphs[q.paragraph - 1].tokens.last?.mark == ":" {
            // "Caddell continued:" as a paragraph of its own, the quotation below it.
            paragraph = paragraphs[q.paragraph - 1]
            open = paragraph.tokens.count
        }
        let tokens = paragraph.tokens
        guard open > 0 else { return nil }
        let sentence = paragraph.sentenceStart(before: open - 1)
        // `Remarked Center for Biological Diversity scientist Tierra Curry, "…"`: a sentence that
        // opens with the verb names its speaker between the verb and the quotation.
        if !partial, open - sentence > 7, open - sentence <= 24, tokens[sentence].kind == .word, isSpeechVerb(tokens, sentence),
           SpeakerFinder.endsInEd(tokens[sentence]), tokens[open - 1].mark == "," || tokens[open - 1].mark == ":",
           tokens[(sentence + 1)..<(open - 1)].allSatisfy({ $0.kind == .word || $0.mark == "," || Marks.apostrophes.contains($0.mark) }),
           let speaker = subject(in: paragraph, tokens: sentence + 1..<open - 1, at: q, nearest: true) {
            return speaker
        }
        var v = open - 1
        while v >= sentence, partial || open - v <= 7 {
            let token = tokens[v]
            if token.kind == .punctuation && Marks.doubleQuotes.contains(token.mark) && !partial { return nil }
            if token.kind == .word && isSpeechVerb(tokens, v) && !isAsideVerb(tokens, v, from: sentence) && !isPlaceClauseVerb(tokens, v, from: sentence) {
                // `he was told by Emergencies Minister Yevgeny Zinichev of "..."`: the agent.
                if v + 2 < open, tokens[v + 1].lower == "by", let agent = passiveAgent(in: paragraph, from: v + 2, before: open, at: q) { return agent }
                // `Prosecutors had sought 15 years for Kim, describing the cell as "..."`: a
                // participle after a comma speaks for the sentence's subject.
                // `Bae summoned the ambassador, Igor Tsvetkov, and warned that ...`: a verb after
                // `and` shares the sentence's subject.
                if v > sentence + 1, tokens[v - 1].lower == "and", let speaker = sentenceSubject(in: paragraph, from: sentence, before: v - 1, at: q),
                   speaker.kind == .person { return speaker }
                if v > sentence, tokens[v - 1].mark == ",", tokens[v].lower.text.hasSuffix("ing"),
                   !tokens[sentence..<v].contains(where: { Marks.doubleQuotes.contains($0.mark) }) {
                    // `..., Tbilisi said, calling it`, `Minister X told a news conference, adding
                    // that`: the subject of the speech verb it goes on from.
                    if let said = (sentence..<v - 1).last(where: { tokens[$0].kind == .word && isSpeechVerb(tokens, $0) && !isAsideVerb(tokens, $0, from: sentence) }),
                       let speaker = subject(in: paragraph, tokens: sentence..<said, at: q, nearest: true) {
                        return speaker
                    }
                    if let speaker = sentenceSubject(in: paragraph, from: sentence, before: v - 1, at: q) { return speaker }
                } else if let speaker = subject(in: paragraph, tokens: sentence..<v, at: q, nearest: true) { return speaker }
                if let speaker = invertedSubject(in: paragraph, verb: v, open: open, at: q) { return speaker }
                if partial, v == sentence, let speaker = subjectAfterOpeningParticiple(in: paragraph, verb: v, at: q) { return speaker }
                if !partial { return nil }
            }
            v -= 1
        }
        return nil
    }

    /// `US envoy Chad Whitfield, appointed last month by President Donald Trump to lead the
    /// talks, posted on X`: a person named in an aside set off by commas, that opens with a
    /// participle or `who`, is not the subject; the person named before the aside is.
    private func personBeforeAside(_ at: Int, in paragraph: Paragraph, range: Range<Int>) -> Int? {
        let tokens = paragraph.tokens
        guard let open = (range.lowerBound..<at).last(where: { tokens[$0].mark == "," }), open + 1 < at,
              (at..<range.upperBound).contains(where: { tokens[$0].mark == "," }) else { return nil }
        let first = tokens[open + 1]
        guard first.kind == .word, !first.isCapitalized,
              first.lower.text.hasSuffix("ed") || SpeakerFinder.relatives.contains(first.lower) else { return nil }
        return (range.lowerBound..<open).reversed().lazy.compactMap { self.owner[paragraph.index][$0] }.first
    }

    /// `Calling it "just another apology", Anna Franowska of the charity told Reuters`: a
    /// fragment in the participle that opens the sentence is the words of the subject after it.
    private func subjectAfterOpeningParticiple(in paragraph: Paragraph, verb v: Int, at q: QuoteFinder.Found) -> Speaker? {
        let tokens = paragraph.tokens
        guard tokens[v].lower.text.hasSuffix("ing"), q.endParagraph == paragraph.index else { return nil }
        let end = paragraph.sentenceEnd(after: v)
        let close = paragraph.tokenIndex(atOrAfter: q.end)
        guard close < end, let comma = (close..<end).first(where: { tokens[$0].mark == "," }), comma + 1 < end else { return nil }
        guard let speaker = subject(in: paragraph, after: comma + 1, at: q), speaker.kind == .person else { return nil }
        return speaker
    }

    /// The person named right after the `by` of a passive speech verb, up to the next mark.
    /// Else a body named by capitals (`described by Marine Bulletin as "..."`).
    private func passiveAgent(in paragraph: Paragraph, from start: Int, before limit: Int, at q: QuoteFinder.Found) -> Speaker? {
        let tokens = paragraph.tokens
        var t = start
        while t < limit, t - start < 6, tokens[t].kind == .word, owner[paragraph.index][t] == nil { t += 1 }
        guard t < limit, let person = owner[paragraph.index][t] else {
            // `described by the Daily Hive as`: the body's name after its article.
            let start = start + 1 < limit && tokens[start].lower == Word.the ? start + 1 : start
            var end = start
            while end < limit, tokens[end].kind == .word, tokens[end].isCapitalized { end += 1 }
            guard end > start, end < limit, tokens[end].lower == "as" else { return nil }
            return subject(in: paragraph, tokens: start..<end, at: q)
        }
        var end = t
        while end < limit, owner[paragraph.index][end] == person { end += 1 }
        return subject(in: paragraph, tokens: t..<end, at: q)
    }

    /// `"We stand ready," tweeted Johnson, "to provide ..."`: the words between the verb and
    /// the quotation, when nothing before the verb is its subject.
    private func invertedSubject(in paragraph: Paragraph, verb v: Int, open: Int, at q: QuoteFinder.Found) -> Speaker? {
        let tokens = paragraph.tokens
        // Only between the two parts of a quotation: after a verb that opens no quotation, the
        // words are its object (`urged French citizens "not to travel"`).
        var before = v - 1
        while before >= 0, tokens[before].mark == "," { before -= 1 }
        guard before >= 0, tokens[before].kind == .punctuation, Marks.doubleQuotes.contains(tokens[before].mark) else { return nil }
        var end = open
        while end > v + 1, tokens[end - 1].kind == .punctuation, tokens[end - 1].mark == "," || tokens[end - 1].mark == ":" { end -= 1 }
        guard end > v + 1, end - v <= 7,
              tokens[(v + 1)..<end].allSatisfy({ $0.kind == .word || Marks.apostrophes.contains($0.mark) }) else { return nil }
        return subject(in: paragraph, tokens: v + 1..<end, at: q)
    }

    static let according = Word("according"), to = Word("to"), with = Word("with"), on = Word("on"), inWord = Word("in")
    /// Verbs that take the speech verb as an infinitive: `went on to add`, `wants to stress`.
    static let catenatives: WordSet = ["go", "goes", "went", "going", "continue", "continues", "continuing", "want", "wants",
                                       "try", "tries", "decide", "decides", "chose", "choose", "chooses", "refuse", "refuses",
                                       "decline", "declines", "seem", "seems", "hope", "hopes", "need", "needs", "began",
                                       "begin", "begins", "came", "come", "comes", "sought", "seek", "seeks", "got", "plan", "plans"]

    /// `according to X` anywhere in the quotation's sentence.
    private func accordingTo(_ q: QuoteFinder.Found) -> Speaker? {
        for (p, from, to) in [(q.paragraph, q.start, q.paragraph == q.endParagraph ? q.end : Int.max), (q.endParagraph, q.end, Int.max)] {
            let paragraph = paragraphs[p]
            let tokens = paragraph.tokens
            let first = paragraph.sentenceStart(before: paragraph.tokenIndex(atOrAfter: from))
            let last = paragraph.sentenceEnd(after: min(tokens.count - 1, paragraph.tokenIndex(atOrAfter: min(to, paragraph.scalars.count))))
            var i = first
            while i + 2 < last {
                if tokens[i].lower == SpeakerFinder.according && tokens[i + 1].lower == SpeakerFinder.to {
                    return subject(in: paragraph, after: i + 2, at: q)
                }
                i += 1
            }
        }
        return nil
    }

    private func isSpeechVerb(_ token: Token) -> Bool {
        shared.gazetteer.speechVerbs.contains(token.lower)
    }

    static let determiners: WordSet = ["a", "an", "the", "his", "her", "its", "their", "this", "that", "our", "my", "your"]

    /// A speech verb used as a verb: `said in a statement`, `in a post on X` use nouns.
    /// Nor is a capitalised word inside a sentence: `the United States offered`.
    private func isSpeechVerb(_ tokens: [Token], _ t: Int) -> Bool {
        // Nor after a possessive: `May's proposed deal`.
        isSpeechVerb(tokens[t]) && !(t > 0 && (SpeakerFinder.determiners.contains(tokens[t - 1].lower) || tokens[t - 1].nameEnd < tokens[t - 1].end))
            && !(tokens[t].isCapitalized && !tokens[t].startsSentence)
    }

    /// The people whose role a noun names (`minister`: the Foreign Minister, the Prime
    /// Minister), worked out once a story for each noun: quotations ask again and again.
    private func holders(of noun: String) -> [Int] {
        if let known = roleHolders.byNoun[noun] { return known }
        var found: [Int] = []
        let word = Word(noun)
        // Only a noun for a person can stand for one: `the minister`, `the 24-year-old soldier`.
        if shared.gazetteer.roleNouns[word] != nil || shared.gazetteer.personNouns.contains(word)
            || SpeakerFinder.unnamedHeads.contains(word) || shared.gazetteer.titles[word] == .role || SpeakerFinder.isAge(noun) {
            let titles = ([noun] + (shared.gazetteer.roleNouns[word] ?? [])).map(\.wordsBetweenSpaces)
            found = people.indices.filter { index in
                !roleWords[index].isEmpty && titles.contains { SpeakerFinder.words(roleWords[index], hold: $0) }
            }
        }
        roleHolders.byNoun[noun] = found
        return found
    }

    /// `24-year-old`: the story's own words for someone it has described so (`the 24-year-old said`).
    static func isAge(_ word: String) -> Bool {
        guard word.hasSuffix("-year-old"), let first = word.unicodeScalars.first else { return false }
        return ("0"..."9").contains(first)
    }

    /// The words of a role or a noun: letters, digits, marks and hyphens. By scalars: split by
    /// characters, a story's roles cost more than all its speakers.
    static func words(of text: String) -> [Substring] {
        text.unicodeScalars.split(whereSeparator: { !Tokenizer.isWordScalar($0) && $0 != "-" }).map { Substring($0) }
    }

    /// Whether `noun` (one word or a few) stands among the words of a role.
    static func words(_ role: [Substring], hold parts: [Substring]) -> Bool {
        guard !parts.isEmpty, parts.count <= role.count else { return false }
        return (0...(role.count - parts.count)).contains { start in
            parts.indices.allSatisfy { role[start + $0] == parts[$0] }
        }
    }

    // MARK: Subjects

    /// The speaker named by the words after a verb: `said Takaichi`, `said the ministry`.
    private func subject(in paragraph: Paragraph, after start: Int, at q: QuoteFinder.Found) -> Speaker? {
        let tokens = paragraph.tokens
        var end = start
        // `said the head of a Japanese business association in Shanghai who ...`: after a noun
        // for someone unnamed, the phrases that say who they are belong to them.
        var unnamedHead = false
        while end < tokens.count, end - start < (unnamedHead ? 14 : 8), tokens[end].kind == .word || Marks.apostrophes.contains(tokens[end].mark) {
            let word = tokens[end].lower
            if end > start, !(unnamedHead && SpeakerFinder.describingPrepositions.contains(word)),
               ["in", "on", "at", "during", "after", "before", "who", "which", "that", "while", "when", "to", "from", "of", "as",
                "and", "but", "adding", "saying", "citing", "because"].contains(word.text) { break }
            if owner[paragraph.index][end] != nil { unnamedHead = false }
            else if !tokens[end].isCapitalized, SpeakerFinder.unnamedHeads.contains(word) || shared.gazetteer.personNouns.contains(word) { unnamedHead = true }
            end += 1
        }
        guard end > start else { return nil }
        let speaker = subject(in: paragraph, tokens: start..<end, at: q)
        if speaker?.kind == .unnamed || speaker?.kind == .organization, let named = appositiveName(in: paragraph, after: end, at: q) { return named }
        if speaker?.kind != .person, let named = personEndingSentence(in: paragraph, after: start, at: q) { return named }
        return speaker
    }

    /// `said University of California, San Diego's chancellor, Pradeep Khosla.`, `said study
    /// co-author and Royal Society Research Fellow Martin How.`: descriptions, then the name
    /// that ends the sentence, with no clause or verb between.
    private func personEndingSentence(in paragraph: Paragraph, after start: Int, at q: QuoteFinder.Found) -> Speaker? {
        let tokens = paragraph.tokens
        var end = start
        while end < tokens.count, end - start < 24, tokens[end].kind == .word || tokens[end].mark == "," || Marks.apostrophes.contains(tokens[end].mark) {
            if tokens[end].kind == .word, owner[paragraph.index][end] == nil,
               SpeakerFinder.clauseOpeners.contains(tokens[end].lower) || isSpeechVerb(tokens, end) || tokens[end].lower.text.hasSuffix("ed") { return nil }
            end += 1
        }
        guard end > start + 1, end == tokens.count || [".", ";"].contains(tokens[end].mark), let person = owner[paragraph.index][end - 1] else { return nil }
        var first = end - 1
        while first > start, owner[paragraph.index][first - 1] == person { first -= 1 }
        guard first > start else { return nil }
        return subject(in: paragraph, tokens: first..<end, at: q)
    }

    /// `said Grekova's colleague at the Memorial centre, Timur Abdullayev, who ...`: the person
    /// a description after the verb goes on to name, set off by commas.
    private func appositiveName(in paragraph: Paragraph, after start: Int, at q: QuoteFinder.Found) -> Speaker? {
        let tokens = paragraph.tokens
        var k = start
        while k < tokens.count, k - start < 12, tokens[k].kind == .word || Marks.apostrophes.contains(tokens[k].mark) { k += 1 }
        guard k + 1 < tokens.count, tokens[k].mark == ",", let person = owner[paragraph.index][k + 1] else { return nil }
        var end = k + 1
        while end < tokens.count, owner[paragraph.index][end] == person { end += 1 }
        guard end == tokens.count || [",", ".", ";"].contains(tokens[end].mark) else { return nil }
        return subject(in: paragraph, tokens: k + 1..<end, at: q)
    }

    /// The subject a sentence opens with, past a phrase set off by a comma (`In Beijing, the
    /// office ...`): its words up to the first verb-like word.
    private func sentenceSubject(in paragraph: Paragraph, from sentence: Int, before limit: Int, at q: QuoteFinder.Found) -> Speaker? {
        let tokens = paragraph.tokens
        var start = sentence
        if tokens[start].kind == .word, SpeakerFinder.openingPrepositions.contains(tokens[start].lower),
           !(start + 1 < limit && ["least", "most"].contains(tokens[start + 1].lower.text)),
           let comma = tokens[start..<limit].firstIndex(where: { $0.mark == "," }) {
            start = comma + 1
        }
        var end = start
        while end < limit, tokens[end].kind == .word || Marks.apostrophes.contains(tokens[end].mark),
              !SpeakerFinder.auxiliaries.contains(tokens[end].key), !isSpeechVerb(tokens, end),
              end == start || !SpeakerFinder.subjectStops.contains(tokens[end].lower) {
            end += 1
        }
        guard end > start, end < limit else { return nil }
        // `The mayor of London, Sadiq Khan, gave his condolences, adding`: the name in apposition.
        if tokens[end].mark == ",", end + 1 < limit, let person = owner[paragraph.index][end + 1],
           !(start..<end).contains(where: { owner[paragraph.index][$0] != nil }) {
            var nameEnd = end + 1
            while nameEnd < limit, owner[paragraph.index][nameEnd] == person { nameEnd += 1 }
            if nameEnd < limit, tokens[nameEnd].mark == "," { end = nameEnd }
        }
        return subject(in: paragraph, tokens: start..<end, at: q)
    }

    /// Words that open a phrase or clause before a sentence's subject (`While all ..., she`).
    static let openingPrepositions: WordSet = ["in", "on", "at", "after", "before", "during", "from", "speaking", "asked", "earlier",
                                               "later", "while", "although", "though", "when", "as", "if", "because", "since", "with"]
    static let subjectStops: WordSet = ["in", "on", "at", "during", "after", "before", "who", "which", "that", "while", "when", "to",
                                        "from", "as", "and", "but", "for", "with", "by"]

    /// The speaker a phrase names. With `nearest`, only the part of the phrase closest to the
    /// verb counts: in `Takaichi, asked about Li, said`, the speaker is Takaichi.
    private func subject(in paragraph: Paragraph, tokens range: Range<Int>, at q: QuoteFinder.Found, nearest: Bool = false) -> Speaker? {
        guard var speaker = namedSubject(in: paragraph, tokens: range, at: q, nearest: nearest) else { return nil }
        speaker.cue = speaker.cue ?? TextSpan(paragraph: paragraph.index, start: paragraph.tokens[range.lowerBound].start,
                                              end: paragraph.tokens[range.upperBound - 1].end)
        return speaker
    }

    private func namedSubject(in paragraph: Paragraph, tokens range: Range<Int>, at q: QuoteFinder.Found, nearest: Bool) -> Speaker? {
        let tokens = paragraph.tokens
        var range = range
        // `A woman was heard saying`: the perception passes over like an auxiliary.
        while range.count > 0, tokens[range.upperBound - 1].kind == .word,
              SpeakerFinder.auxiliaries.contains(tokens[range.upperBound - 1].key) || tokens[range.upperBound - 1].lower.text.hasSuffix("ly")
                || SpeakerFinder.perceptions.contains(tokens[range.upperBound - 1].lower) {
            range = range.lowerBound..<range.upperBound - 1
        }
        // `He went on to add`, `she wanted to stress`: the verb before the infinitive is part of
        // the speech, not of the speaker.
        if range.count >= 3, tokens[range.upperBound - 1].lower == SpeakerFinder.to {
            var end = range.upperBound - 1
            if tokens[end - 1].lower == SpeakerFinder.on { end -= 1 }
            let verb = tokens[end - 1]
            if end - 1 > range.lowerBound, verb.kind == .word, !verb.isCapitalized,
               SpeakerFinder.catenatives.contains(verb.lower) || SpeakerFinder.endsInEd(verb) {
                return namedSubject(in: paragraph, tokens: range.lowerBound..<end - 1, at: q, nearest: nearest)
            }
        }
        guard !range.isEmpty else { return nil }
        // A named person in the phrase: the one nearest the verb.
        var hasPerson: Int?
        var personAt: Int?
        for t in range.reversed() {
            if let person = owner[paragraph.index][t] { hasPerson = person; personAt = t; break }
        }
        if nearest, let at = personAt, let before = personBeforeAside(at, in: paragraph, range: range) { hasPerson = before }
        // `the memoir Black Knight, White Knight, which the New York Times called`: the clause's subject.
        if nearest, let at = personAt, let opener = (at + 1..<range.upperBound).last(where: { SpeakerFinder.relatives.contains(tokens[$0].lower) }),
           opener + 1 < range.upperBound, owner[paragraph.index][opener + 1] == nil,
           SpeakerFinder.determiners.contains(tokens[opener + 1].lower) || tokens[opener + 1].isCapitalized {
            hasPerson = nil
        }
        // `Speaking to Martin Smith of PBS, he said`: the person spoken to is not the subject.
        if nearest, let at = personAt, let person = hasPerson, owner[paragraph.index][at] == person {
            var first = at
            while first > range.lowerBound, owner[paragraph.index][first - 1] == person { first -= 1 }
            if isAddressed(first, in: paragraph) { hasPerson = nil }
        }
        if nearest {
            // Only the last clause: after the last comma that is not part of an apposition.
            var clauseStart = range.lowerBound
            for t in range where tokens[t].kind == .punctuation && (tokens[t].mark == ";" || Marks.doubleQuotes.contains(tokens[t].mark)) {
                clauseStart = t + 1
            }
            range = clauseStart..<range.upperBound
            guard !range.isEmpty else { return nil }
            if let person = hasPerson, !range.contains(where: { owner[paragraph.index][$0] == person }) { hasPerson = nil }
            if hasPerson == nil {
                // The subject of `... , she said:` is the last word group before the verb.
                var end = range.upperBound
                // `The minister, asked whether ..., said`: past an aside that opens with a participle.
                if end - 1 > range.lowerBound, tokens[end - 1].mark == ",",
                   let comma = (range.lowerBound..<end - 1).last(where: { tokens[$0].mark == "," }), comma > range.lowerBound, comma + 1 < end - 1,
                   SpeakerFinder.asideOpeners.contains(tokens[comma + 1].lower) || tokens[comma + 1].lower.text.hasSuffix("ing") {
                    end = comma
                }
                var start = end - 1
                while start > range.lowerBound, tokens[start - 1].kind == .word { start -= 1 }
                // `A fisheries cooperative official in Otaru, Hokkaido, said`: the region after a
                // town is part of the phrase before it.
                if start - 2 > range.lowerBound, tokens[start - 1].mark == ",", tokens[start - 2].kind == .word, tokens[start - 2].isCapitalized,
                   (start..<end).allSatisfy({ tokens[$0].kind == .punctuation || tokens[$0].isCapitalized && owner[paragraph.index][$0] == nil }) {
                    var phrase = start - 2
                    while phrase > range.lowerBound, tokens[phrase - 1].kind == .word { phrase -= 1 }
                    if (phrase..<start - 2).contains(where: { tokens[$0].lower == SpeakerFinder.inWord }) { start = phrase }
                }
                // `... and said Tokyo had urged`: the subject of what is reported, not a speaker.
                if (start..<end).contains(where: { isSpeechVerb(tokens, $0) && !isRelativeClauseVerb(tokens, $0, from: start) }) { return nil }
                // `The warning, issued by China's ministry, urged`: the agent.
                if let by = (start..<end).last(where: { tokens[$0].lower == "by" }), by > start, by + 1 < end,
                   (start..<by).contains(where: { tokens[$0].lower.text.hasSuffix("ed") }) {
                    start = by + 1
                }
                // `exercises that Beijing said`, `a system which the BBC describes as`, `the 60th
                // incursion since Beijing announced`: the clause's own subject.
                if let opener = (start..<end - 1).last(where: { SpeakerFinder.clauseOpeners.contains(tokens[$0].lower) }),
                   SpeakerFinder.determiners.contains(tokens[opener + 1].lower) || tokens[opener + 1].isCapitalized {
                    start = opener + 1
                } else if SpeakerFinder.relatives.contains(tokens[start].lower), start - 1 > range.lowerBound, tokens[start - 1].mark == "," {
                    end = start - 1
                    start = end - 1
                    while start > range.lowerBound, tokens[start - 1].kind == .word { start -= 1 }
                }
                // `China on Tuesday warned`, `issued by the ministry last week, cited`: the time is
                // no part of the speaker.
                var last = end
                while last > start, tokens[last - 1].kind == .punctuation { last -= 1 }
                if last - start >= 3, SpeakerFinder.dayWords.contains(tokens[last - 2].lower), SpeakerFinder.times.contains(tokens[last - 1].lower) {
                    end = last - 2
                }
                range = start..<end
            }
        }
        func cue(_ range: Range<Int>) -> TextSpan {
            TextSpan(paragraph: paragraph.index, start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end)
        }
        let words = range.filter { tokens[$0].kind == .word }
        guard let lastIndex = words.last else { return nil }
        let last = tokens[lastIndex].lower.text
        let isWriting = SpeakerFinder.documents.contains(last) || SpeakerFinder.ownWritings.contains(last)
        if let person = hasPerson {
            let named = range.filter { owner[paragraph.index][$0] == person }
            // `Nawaf Salam's office said`, `Netanyahu's spokesman said`: not the person, who speaks
            // through them; the phrase is the speaker, by its head.
            // But `Trump's statement said`, `Zelensky's post read`: what they wrote is theirs.
            // `Naja Lynge carried a sign reading "..."`: what a sign says is nobody's speech.
            if SpeakerFinder.displays.contains(last), lastIndex == range.upperBound - 1, lastIndex > named.last! + 1 {
                return Speaker(kind: .unknown, cue: cue(lastIndex..<lastIndex + 1))
            }
            if tokens[named.last!].nameEnd < tokens[named.last!].end, lastIndex > named.last!, !isWriting {
                // `Anderson Cooper, of CNN, one of Vanderbilt's four sons, stated`: the person the
                // description is set off after.
                if let before = (range.lowerBound..<named.first!).last(where: { owner[paragraph.index][$0] != nil && owner[paragraph.index][$0] != person }),
                   before + 1 < named.first!, tokens[before + 1].mark == ",", let other = owner[paragraph.index][before] {
                    var first = before
                    while first > range.lowerBound, owner[paragraph.index][first - 1] == other { first -= 1 }
                    return Speaker(kind: .person, text: people[other].name, person: other, cue: cue(first..<before + 1))
                }
                let text = paragraph.text(tokens: words.first { !SpeakerFinder.quantifiers.contains(tokens[$0].lower) } ?? words[0], through: lastIndex)
                // By the head before its modifiers: `Grekova's colleague at the Memorial centre`.
                let head = tokens[SpeakerFinder.head(of: words, after: named.last!, in: tokens, participles: false) ?? lastIndex].lower
                let unnamed = SpeakerFinder.unnamedHeads.contains(head) || shared.gazetteer.roleNouns[head] != nil || shared.gazetteer.personNouns.contains(head)
                return Speaker(kind: unnamed ? .unnamed : .organization, text: text, cue: cue(words[0]..<lastIndex + 1))
            }
            return Speaker(kind: .person, text: people[person].name, person: person, cue: cue(named.first!..<named.last! + 1))
        }
        if words.count == 1 || ["he", "she"].contains(last) {
            switch last {
            case "he", "she":
                return pronoun(last == "he" ? .male : .female, before: q).map { var s = $0; s.cue = cue(lastIndex..<lastIndex + 1); return s }
            case "they", "it":
                // A group or a body named before: `officials ... they said`, `the ministry ... it said`.
                if var group = lastGroupSpeaker, last == "they" || group.kind == .organization {
                    group.cue = cue(lastIndex..<lastIndex + 1)
                    return group
                }
                return Speaker(kind: last == "they" ? .unnamed : .unknown, text: last == "they" ? "they" : nil, cue: cue(lastIndex..<lastIndex + 1))
            case "i", "we", "you", "this", "that", "which", "who": return nil
            default: break
            }
        }
        // `Part of the judge's statement reads`: what the holder of a role wrote is theirs.
        if isWriting, let writer = words.last(where: { $0 < lastIndex && tokens[$0].nameEnd < tokens[$0].end }), !tokens[writer].isCapitalized {
            let noun = tokens[writer].key
            if shared.gazetteer.roleNouns[noun] != nil || shared.gazetteer.personNouns.contains(noun) || SpeakerFinder.unnamedHeads.contains(noun) {
                if let holder = roleHolder(noun.text, before: q) { return Speaker(kind: .person, text: people[holder].name, person: holder) }
                let opening = words.last(where: { $0 < writer && SpeakerFinder.determiners.contains(tokens[$0].lower) }) ?? writer
                return Speaker(kind: .unnamed, text: paragraph.text(tokens[opening].start..<tokens[writer].nameEnd))
            }
        }
        // Drop articles and quantifiers; what is left is the speaker as written.
        var first = words.first!
        while first != lastIndex, SpeakerFinder.quantifiers.contains(tokens[first].lower) { first = words[words.firstIndex(of: first)! + 1] }
        let article = tokens[words.first!].lower.text
        let text = paragraph.text(tokens: first, through: lastIndex)
        let twoWords = words.count >= 2 ? tokens[words[words.count - 2]].lower.text + " " + last : last
        let key = Gazetteer.phraseKey(text)
        // `Ukraine's General Staff`: a body's name, written with capitals, not its staff.
        let namesBody = tokens[lastIndex].isCapitalized && !tokens[lastIndex].startsSentence && SpeakerFinder.collectives.contains(tokens[lastIndex].lower)
        let isPersonNoun = !namesBody && (SpeakerFinder.unnamedHeads.contains(last) || shared.gazetteer.roleNouns[last] != nil || shared.gazetteer.personNouns.contains(last))
        if !(words.count == 1 && isPersonNoun) && shared.gazetteer.organisations.contains(key) || shared.gazetteer.countryForms[key] != nil && tokens[first].isCapitalized {
            return Speaker(kind: .organization, text: text)
        }
        // `a spokeswoman for the office`, `an official who attended the talks`: a person by the
        // phrase's head, the words before its first modifier.
        if let modifier = words.dropFirst().first(where: { SpeakerFinder.modifierStarts.contains(tokens[$0].lower) }),
           let head = words.last(where: { $0 < modifier }), head >= first {
            let noun = tokens[head].lower
            // Not `the consulate general in Fukuoka`.
            let afterOrganisation = head > first && SpeakerFinder.organisationHeads.contains(tokens[head - 1].lower)
            if SpeakerFinder.unnamedHeads.contains(noun)
                || !afterOrganisation && (shared.gazetteer.personNouns.contains(noun) || shared.gazetteer.roleNouns[noun] != nil) {
                let clause = words.first { $0 > head && SpeakerFinder.relatives.contains(tokens[$0].lower) || tokens[$0].lower == "that" }
                let end = clause.flatMap { c in words.last { $0 < c } } ?? lastIndex
                return Speaker(kind: .unnamed, text: paragraph.text(tokens: first, through: end))
            }
        }
        // `a letter`, `the ruling`, `a sign ... read:`, `A message chalked on a board ... read:`:
        // a text, written by nobody the story names; its head is the words before a modifier.
        let head = SpeakerFinder.head(of: words, after: first, in: tokens, participles: true) ?? lastIndex
        if SpeakerFinder.documents.contains(last) || SpeakerFinder.documents.contains(tokens[head].lower) {
            return Speaker(kind: .unknown, cue: cue(words[0]..<lastIndex + 1))
        }
        // `the embassy said` is the embassy, even when someone's role names it.
        if !isPersonNoun, SpeakerFinder.organisationHeads.contains(last) || shared.gazetteer.organisationWords.contains(last) {
            return Speaker(kind: .organization, text: text)
        }
        // `A UN official in Cox's Bazar who asked not to be named said ... "…," the official said`.
        if article == "the", let turn, turn.speaker.kind == .unnamed, q.paragraph - turn.paragraph <= 1,
           let said = turn.speaker.text?.lowercased(), said.wordsBetweenSpaces.contains(Substring(last)) {
            return turn.speaker
        }
        if let holder = roleHolder(twoWords, before: q) ?? roleHolder(last, before: q), article == "the" || words.count == 1 {
            return Speaker(kind: .person, text: people[holder].name, person: holder)
        }
        if !SpeakerFinder.unnamedHeads.contains(last), SpeakerFinder.organisationHeads.contains(last) || shared.gazetteer.organisationWords.contains(last) {
            return Speaker(kind: .organization, text: text)
        }
        if isPersonNoun || shared.gazetteer.roleNouns[twoWords] != nil || shared.gazetteer.personNouns.contains(twoWords) {
            return Speaker(kind: .unnamed, text: text)
        }
        if tokens[lastIndex].isCapitalized && !tokens[lastIndex].startsSentence || tokens[first].isCapitalized && words.count <= 4 {
            return Speaker(kind: .organization, text: text)
        }
        return nil
    }

    /// The gender a cue of one pronoun gives (`she`, `He`).
    private func pronounGender(_ cue: TextSpan) -> Gender? {
        switch paragraphs[cue.paragraph].text(cue.start..<cue.end).lowercased() {
        case "she": .female
        case "he": .male
        default: nil
        }
    }

    /// The one who spoke last, when a person of this gender, in this paragraph or the one
    /// before: `Cruz-Abad said both governments ... "...," she said`. Else the person most
    /// recently mentioned before the quotation whose gender fits.
    private func pronoun(_ gender: Gender, before q: QuoteFinder.Found) -> Speaker? {
        // `A Turkish shipping official who asked not to be named said ... "…," he said`.
        if let turn, turn.speaker.kind == .unnamed, q.paragraph - turn.paragraph <= 1, SpeakerFinder.isOneSomeone(turn.speaker),
           !mentionsSomeone(gender, in: q.paragraph, before: q.start) {
            return turn.speaker
        }
        if let turn, turn.speaker.kind == .person, let person = turn.speaker.person, genders[person] == gender || genders[person] == nil && !sentenceBeforeSpeaksOfOtherThan(gender, q),
           turn.paragraph == q.paragraph || turn.paragraph == q.paragraph - 1 && !mentionsSomeone(gender, in: q.paragraph, before: q.start) {
            return Speaker(kind: .person, text: people[person].name, person: person)
        }
        if let subject = subjectOfSentenceBefore(q), genders[subject] == nil || genders[subject] == gender,
           genders[subject] != nil || !sentenceBeforeSpeaksOfOtherThan(gender, q) {
            return Speaker(kind: .person, text: people[subject].name, person: subject)
        }
        var best: (person: Int, at: TextSpan, known: Bool)?
        for (index, person) in people.enumerated() {
            guard genders[index] == nil || genders[index] == gender,
                  let mention = person.mentions.last(where: { ($0.paragraph, $0.start) < (q.endParagraph, q.end) && !isAddressed($0) }) else { continue }
            // Only a gender the text gives makes a person preferred; one learned from an
            // earlier pronoun only rules a person out.
            let known = person.gender == gender
            if best == nil || (mention.paragraph, mention.start) > (best!.at.paragraph, best!.at.start) && (known || !best!.known)
                || known && !best!.known && mention.paragraph >= best!.at.paragraph - 1 {
                best = (index, mention, known)
            }
        }
        guard let best else { return nil }
        return Speaker(kind: .person, text: people[best.person].name, person: best.person)
    }

    /// `Amidst the bustle, Campbell was working on a helmet. After the convention, he told
    /// Wikinews that "..."`: the person who opens the sentence before, in the same paragraph,
    /// as its subject (not in the possessive), is who a pronoun goes on about.
    private func subjectOfSentenceBefore(_ q: QuoteFinder.Found) -> Int? {
        guard let before = sentenceBefore(q) else { return nil }
        let paragraph = paragraphs[q.paragraph]
        let tokens = paragraph.tokens
        let (previous, sentence) = (before.lowerBound, before.upperBound)
        var t = previous
        // Past an opening phrase that names no one: `Amidst the bustle,`.
        if let comma = tokens[previous..<sentence].firstIndex(where: { $0.mark == "," }),
           (previous..<comma).allSatisfy({ tokens[$0].kind == .word && owner[paragraph.index][$0] == nil }) {
            t = comma + 1
        }
        guard t < sentence, let person = owner[paragraph.index][t] else { return nil }
        var end = t
        while end < sentence, owner[paragraph.index][end] == person { end += 1 }
        guard end < sentence, tokens[end - 1].nameEnd == tokens[end - 1].end, tokens[end].kind == .word || tokens[end].mark == ",",
              !tokens[previous..<sentence].contains(where: { Marks.doubleQuotes.contains($0.mark) }) else { return nil }
        return person
    }

    /// `Wong-Farrah said she would speak to him. He had told parliament`: the sentence before
    /// calls its subject by a pronoun of the other gender only.
    private func sentenceBeforeSpeaksOfOtherThan(_ gender: Gender, _ q: QuoteFinder.Found) -> Bool {
        guard let before = sentenceBefore(q) else { return false }
        let pronouns = paragraphs[q.paragraph].tokens[before].map(\.lower.text)
        let female = pronouns.contains("she") || pronouns.contains("her"), male = pronouns.contains("he") || pronouns.contains("his") || pronouns.contains("him")
        return gender == .male ? female && !male : male && !female
    }

    /// The tokens of the sentence before the one the quotation opens in, in its paragraph.
    private func sentenceBefore(_ q: QuoteFinder.Found) -> Range<Int>? {
        let paragraph = paragraphs[q.paragraph]
        let open = paragraph.tokenIndex(atOrAfter: q.start)
        guard open > 0 else { return nil }
        let sentence = paragraph.sentenceStart(before: open - 1)
        guard sentence > 0 else { return nil }
        return paragraph.sentenceStart(before: sentence - 1)..<sentence
    }

    /// Whether a person who may be of this gender is named in the paragraph before `offset`.
    private func mentionsSomeone(_ gender: Gender, in paragraph: Int, before offset: Int) -> Bool {
        people.indices.contains { index in
            (genders[index] == nil || genders[index] == gender)
                && people[index].mentions.contains { $0.paragraph == paragraph && $0.start < offset && !isAddressed($0) }
        }
    }

    static let continuations: WordSet = ["added", "continued", "adds", "continues"]

    /// Whether an unnamed speaker is a definite description (`the Wooster professor`) next to
    /// a verb that goes on (`added`, `continued`).
    private func continuesTurn(_ speaker: Speaker) -> Bool {
        guard let cue = speaker.cue else { return false }
        let paragraph = paragraphs[cue.paragraph]
        let tokens = paragraph.tokens
        var first = paragraph.tokenIndex(atOrAfter: cue.start)
        let after = paragraph.tokenIndex(atOrAfter: cue.end)
        if first < tokens.count, tokens[first].lower != Word.the {
            guard first > 0, tokens[first - 1].lower == Word.the else { return false }
            first -= 1
        }
        let verbs = [after, first - 1].filter { tokens.indices.contains($0) }
        return verbs.contains { SpeakerFinder.continuations.contains(tokens[$0].lower) }
    }

    /// `Speaking to Martin Smith of PBS, he said`: the person a sentence's opening participle
    /// speaks to or with is not who speaks in it.
    private func isAddressed(_ mention: TextSpan) -> Bool {
        let paragraph = paragraphs[mention.paragraph]
        return isAddressed(paragraph.tokenIndex(atOrAfter: mention.start), in: paragraph)
    }

    private func isAddressed(_ t: Int, in paragraph: Paragraph) -> Bool {
        let tokens = paragraph.tokens
        guard t > 1, t < tokens.count, tokens[t - 1].lower == SpeakerFinder.to || tokens[t - 1].lower == SpeakerFinder.with else { return false }
        let opener = paragraph.sentenceStart(before: t)
        return opener == t - 2 && tokens[opener].isCapitalized && tokens[opener].lower.text.hasSuffix("ing")
    }

    /// The person whose role the noun names (`prime minister`), most recently mentioned.
    private func roleHolder(_ noun: String, before q: QuoteFinder.Found) -> Int? {
        // Someone named before the quotation comes first: `the senator said` looks back.
        var best: (person: Int, at: TextSpan, before: Bool)?
        for index in holders(of: noun) {
            let person = people[index]
            let prior = person.mentions.last(where: { ($0.paragraph, $0.start) < (q.endParagraph, q.end) })
            guard let mention = prior ?? person.mentions.first else { continue }
            let before = prior != nil
            if best == nil || before && !best!.before
                || before == best!.before && (mention.paragraph, mention.start) > (best!.at.paragraph, best!.at.start) {
                best = (index, mention, before)
            }
        }
        return best?.person
    }
}

/// The people each role noun names in a story (see `SpeakerFinder.holders(of:)`).
private final class RoleHolders {
    var byNoun: [String: [Int]] = [:]
}
