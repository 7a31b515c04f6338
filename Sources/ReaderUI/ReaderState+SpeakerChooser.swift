import NewsModel

/// What the chooser can set a quotation to.
public enum SpeakerChoice: Hashable, Sendable {
    /// One of the story's people, by name.
    case person(String)
    /// Nobody the story names.
    case unknown
    /// It is no quotation: hidden.
    case notAQuote
    /// The correction undone: the speaker the analysis found.
    case asAnalysed
}

/// The small chooser a selected quotation's speaker is set from: the story's people, then
/// "speaker unknown", "not a quotation" and, for a corrected speaker, the analysis's own.
public struct SpeakerChooser: Hashable, Sendable {
    /// The quotation's index in the story's (corrected) quotations, and its number in its id.
    public let quote: Int
    public let number: Int
    public let choices: [SpeakerChoice]
    /// The choice that is the quotation's speaker now, if one is.
    public let current: Int?
    public internal(set) var cursor: Int
    var top = 0

    init(view: StoryView, quote index: Int) {
        let analysis = view.analyzed.analysis
        let speaker = analysis.quotes[index].speaker
        var choices = analysis.people.map { SpeakerChoice.person($0.name) }
        choices += [.unknown, .notAQuote]
        if view.analyzed.correctedSpeakers.contains(index) { choices.append(.asAnalysed) }
        quote = index
        number = view.analyzed.quoteNumbers[index]
        self.choices = choices
        switch speaker.kind {
        case .person: current = speaker.person.flatMap { analysis.people.indices.contains($0) ? $0 : nil }
        case .unknown: current = analysis.people.count
        case .organization, .unnamed: current = nil
        }
        cursor = current ?? 0
    }
}

extension ReaderState {
    /// The chooser on the selected quotation.
    mutating func openSpeakerChooser() -> [Effect] {
        guard let view = story, let index = view.selectedQuote else {
            message = "Select a quotation first (Tab)."
            return []
        }
        speakerChooser = SpeakerChooser(view: view, quote: index)
        return []
    }

    /// A key while the chooser is open: move, choose (saved as a correction), or cancel.
    mutating func chooseSpeaker(_ key: Key) -> [Effect] {
        guard var chooser = speakerChooser, let id = story?.story.id else { speakerChooser = nil; return [] }
        switch keymap.action(for: key) {
        case .down?: chooser.cursor += 1
        case .up?: chooser.cursor -= 1
        case .top?: chooser.cursor = 0
        case .bottom?, .pageDown?, .halfPageDown?: chooser.cursor = chooser.choices.count - 1
        case .pageUp?, .halfPageUp?: chooser.cursor = 0
        case .open?:
            speakerChooser = nil
            return [.correctQuote(id, number: chooser.number, chooser.choices[chooser.cursor])]
        case .back?:
            speakerChooser = nil
            return []
        case .quit?:
            return [.quit]
        default:
            return []
        }
        chooser.cursor = max(0, min(chooser.cursor, chooser.choices.count - 1))
        let visible = chooserRows(for: chooser)
        if chooser.cursor < chooser.top { chooser.top = chooser.cursor }
        if chooser.cursor >= chooser.top + visible { chooser.top = chooser.cursor - visible + 1 }
        speakerChooser = chooser
        return []
    }

    /// The story again after a correction was saved: the same place, the same quotation
    /// selected (or the next one, when it was hidden).
    mutating func showCorrected(_ analyzed: AnalyzedStory, number: Int, message: String) {
        self.message = message
        // A new view: its quotation texts and marks are read from the corrected analysis.
        for i in stories.indices where stories[i].story.id == analyzed.story.id {
            let old = stories[i]
            var view = StoryView(analyzed: analyzed, bookmarked: old.bookmarked)
            view.top = old.top
            view.search = old.search
            view.currentMatch = old.currentMatch
            view.selectedQuote = analyzed.quoteNumbers.firstIndex(of: number) ?? analyzed.quoteNumbers.firstIndex { $0 > number }
            stories[i] = view
        }
        relayoutStories()
    }

    /// The chooser drawn over the story: a frame, the question, the quotation, the choices.
    func drawSpeakerChooser(_ grid: inout Grid) {
        guard let chooser = speakerChooser, let view = story, view.quoteTexts.indices.contains(chooser.quote) else { return }
        let labels = chooser.choices.enumerated().map { n, choice in label(choice, in: view) + (n == chooser.current ? "  (now)" : "") }
        let width = min(size.width - 2, max(40, min(72, (labels.map(\.count).max() ?? 0) + 6)))
        let rows = chooserRows(for: chooser)
        let height = rows + 5
        let (left, top) = ((size.width - width) / 2, 1 + max(0, (bodyHeight - height) / 2))
        for y in top..<top + height { grid.fill(row: y, from: left, role: .normal, width: width) }
        grid.put("┌" + String(repeating: "─", count: width - 2) + "┐", x: left, y: top, role: .heading)
        grid.put("└" + String(repeating: "─", count: width - 2) + "┘", x: left, y: top + height - 1, role: .heading)
        for y in top + 1..<top + height - 1 {
            grid.put("│", x: left, y: y, role: .heading)
            grid.put("│", x: left + width - 1, y: y, role: .heading)
        }
        let inner = width - 4
        grid.put(DisplayWidth.fitted("Who said it?", inner), x: left + 2, y: top + 1, role: .heading)
        let text = view.quoteTexts[chooser.quote]
        grid.put(DisplayWidth.fitted("“\(text.replacingNewlines(with: " "))”".terminalSafe, inner), x: left + 2, y: top + 2, role: .quote)
        for row in 0..<rows {
            let index = chooser.top + row
            guard labels.indices.contains(index) else { break }
            let y = top + 4 + row
            let isCursor = index == chooser.cursor
            if isCursor { grid.fill(row: y, from: left + 1, role: .cursor, width: width - 2) }
            let role: Role = isCursor ? .cursor : chooser.choices[index].isPerson ? .person : .normal
            grid.put(DisplayWidth.fitted((isCursor ? "▸ " : "  ") + labels[index].terminalSafe, inner), x: left + 2, y: y, role: role)
        }
    }

    /// How many choices the chooser shows at once.
    private func chooserRows(for chooser: SpeakerChooser) -> Int {
        max(1, min(chooser.choices.count, bodyHeight - 5))
    }

    private func label(_ choice: SpeakerChoice, in view: StoryView) -> String {
        switch choice {
        case .person(let name):
            let role = view.analyzed.analysis.people.first { $0.name == name }?.role
            return name + (role.map { ", \($0)" } ?? "")
        case .unknown: return "Speaker unknown (nobody the story names)"
        case .notAQuote: return "Not a quotation (hide it)"
        case .asAnalysed: return "As the analysis found it (undo the correction)"
        }
    }
}

extension SpeakerChoice {
    var isPerson: Bool {
        if case .person = self { return true }
        return false
    }
}
