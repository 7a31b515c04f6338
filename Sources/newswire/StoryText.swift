import NewsModel
import NewsStore

/// Stories as plain text for the terminal; every piece of story text passes `terminalSafe`.
enum StoryText {
    static func listLine(_ story: StorySummary) -> String {
        let agency = (story.agency ?? "-").terminalSafe
        let padded = agency + String(repeating: " ", count: max(0, 5 - agency.count))
        return "\(story.id.short)  \(story.published)  \(padded) \(story.title.terminalSafe)"
    }

    enum Style { case plain, person, quote }

    static func full(_ analyzed: AnalyzedStory, colors: Bool) -> String {
        let story = analyzed.story
        let analysis = analyzed.analysis
        var lines = [bold(story.title.terminalSafe, colors)]
        let filings = ([Filing(section: story.section, category: story.category)] + story.alsoFiled).map { filing in
            [filing.section, filing.category].compactMap { $0?.terminalSafe }.joined(separator: " / ")
        }.filter { !$0.isEmpty }
        if !filings.isEmpty { lines.append(filings.joined(separator: "; ")) }
        if let byline = story.byline { lines.append(byline.terminalSafe) }
        var dateline = [story.place, story.agency.map { "(\($0))" }].compactMap { $0?.terminalSafe }
        dateline.append(story.published.description)
        if story.wireDate != story.published { dateline.append("(wire date \(story.wireDate))") }
        lines.append(dateline.joined(separator: " "))
        lines.append("id \(story.id.short)")
        if !analysis.topics.isEmpty {
            lines.append("topics: " + analysis.topics.map { $0.name.terminalSafe }.joined(separator: ", "))
        }
        let scalars = ParagraphScalars(story.paragraphs)
        let marks = colors ? ParagraphMarks(analysis, scalars) : nil
        for (index, paragraph) in story.paragraphs.enumerated() {
            lines.append("")
            if let marks {
                lines.append(highlighted(paragraph, styles: styles(count: scalars.count(of: index), marks.marks(in: index))))
            } else {
                lines.append(paragraph.terminalSafe)
            }
        }
        if !analysis.people.isEmpty {
            lines.append("")
            lines.append(bold("People", colors))
            for person in analysis.people {
                let role = person.role.map { ", \($0.terminalSafe)" } ?? ""
                lines.append("  \(paint(person.name.terminalSafe, .person, colors))\(role)")
            }
        }
        if !analysis.quotes.isEmpty {
            lines.append("")
            lines.append(bold("Quotations", colors))
            for (index, quote) in analysis.quotes.enumerated() {
                let speaker = speakerText(quote.speaker, analysis, corrected: analyzed.correctedSpeakers.contains(index))
                lines.append("  \(analyzed.quoteID(index))  “\(paint(scalars.text(of: quote).terminalSafe, .quote, colors))” — \(speaker)")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `e53bd3b3ff.2  “text” — Speaker`, as `quotes` and `quote` print a quotation.
    static func quoteLine(_ record: QuoteRecord) -> String {
        "\(record.id)  “\(record.text.terminalSafe)” — \(speakerText(record.quote.speaker, corrected: record.corrected))"
    }

    /// Who said it; "(corrected)" after a speaker a user's correction set.
    static func speakerText(_ speaker: Speaker, _ analysis: StoryAnalysis? = nil, corrected: Bool = false) -> String {
        (speaker.attribution(in: analysis)?.terminalSafe ?? "(speaker unknown)") + (corrected ? " (corrected)" : "")
    }

    /// A line of `corrections`: `q3  e53bd3b3ff.2  speaker: Lin Jian (person)  “text”  [title]`.
    static func correctionLine(_ entry: CorrectionEntry) -> String {
        switch entry {
        case .quotation(let correction, let anchoring, let title):
            let place: String
            switch anchoring {
            case .quote(let id): place = id
            case .quotationGone: place = "\(correction.storyID.short) (quotation gone)"
            case .storyMissing: place = "\(correction.storyID.short) (story missing)"
            }
            let change: String
            switch correction.change {
            case .notAQuote: change = "not a quotation"
            case .speaker(.unknown, _): change = "speaker unknown"
            case .speaker(let kind, let text): change = "speaker: \(text ?? "?") (\(kind.rawValue))"
            }
            let quoted = correction.text.replacingNewlines(with: " ")
            let excerpt = quoted.count > 60 ? String(quoted.prefix(59)) + "…" : quoted
            return "\(correction.reference)  \(place)  \(change)  “\(excerpt)”\(title.map { "  [\($0)]" } ?? "")".terminalSafe
        case .person(let correction, let stories):
            let change: String
            switch correction.change {
            case .notAPerson: change = "not a person"
            case .sameAs(let other): change = "same person as \(other)"
            }
            return "\(correction.reference)  \(correction.name)  \(change)  (\(stories) \(stories == 1 ? "story" : "stories"))".terminalSafe
        }
    }

    /// What each scalar of a paragraph is: part of a quotation, a person's name, or plain.
    private static func styles(count: Int, _ marks: [ParagraphMarks.Mark]) -> [Style] {
        var styles = [Style](repeating: .plain, count: count)
        for mark in marks where mark.start < mark.end {
            styles.replaceSubrange(mark.start..<mark.end, with: repeatElement(mark.quote == nil ? .person : .quote, count: mark.end - mark.start))
        }
        return styles
    }

    private static func highlighted(_ paragraph: String, styles: [Style]) -> String {
        let scalars = Array(paragraph.unicodeScalars)
        var out = ""
        var start = 0
        while start < scalars.count {
            var end = start
            while end < scalars.count && styles[end] == styles[start] { end += 1 }
            out += paint(String(String.UnicodeScalarView(scalars[start..<end])).terminalSafe, styles[start], true)
            start = end
        }
        return out
    }

    static func paint(_ text: String, _ style: Style, _ colors: Bool) -> String {
        guard colors else { return text }
        switch style {
        case .plain: return text
        case .quote: return "\u{1B}[32m\(text)\u{1B}[0m"
        case .person: return "\u{1B}[1;36m\(text)\u{1B}[0m"
        }
    }

    static func bold(_ text: String, _ colors: Bool) -> String { colors ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
}
