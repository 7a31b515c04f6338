import ArgumentParser
import NewsModel
import NewsStore

extension Speaker.Kind: ExpressibleByArgument {}

struct QuoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quote", abstract: "Show a quotation, or correct who said it, or that it is one.",
        discussion: """
            QUOTE_ID as show and quotes print it (e53bd3b3ff.2). A correction is kept apart from the analysis: \
            it survives reanalyze, re-imports and corrected stories (found again by the quotation's text), \
            and a new one replaces the quotation's earlier one.
            """)

    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp("The quotation's id, e.g. e53bd3b3ff.2.", valueName: "quote-id")) var quote: String
    @Option(help: ArgumentHelp("Who said it: one of the story's people (full name, or a part naming only one of them); "
                               + "with --speaker-kind, anyone.", valueName: "name"))
    var speaker: String?
    @Option(help: ArgumentHelp("What the speaker is: person, organization, unnamed (with --speaker), or unknown (nobody named).",
                               valueName: "kind"))
    var speakerKind: Speaker.Kind?
    @Flag(help: "It is no quotation: hide it from show, quotes, the reader and the JSON.") var notAQuote = false
    @Flag(help: "Undo the quotation's correction.") var undo = false

    func validate() throws {
        let asked = [speaker != nil || speakerKind != nil, notAQuote, undo].filter { $0 }.count
        if asked > 1 { throw ValidationError("choose one of --speaker, --not-a-quote and --undo") }
        if speakerKind == .unknown && speaker != nil { throw ValidationError("--speaker-kind unknown takes no --speaker") }
        if let speakerKind, speakerKind != .unknown, speaker == nil { throw ValidationError("--speaker-kind \(speakerKind.rawValue) needs --speaker NAME") }
        if let speaker, speaker.allSatisfy(\.isWhitespace) { throw ValidationError("--speaker needs a name") }
    }

    func run() throws {
        let request: QuotationRequest? = notAQuote ? .notAQuote
            : speakerKind == .unknown ? .unknownSpeaker
            : speaker.map { .speaker($0, kind: speakerKind) }
        guard request != nil || undo else { return try show() }
        let store = try options.openStore()
        func json(_ correction: QuotationCorrection) -> CorrectionJSON {
            let number = quote.split(separator: ".").last.map(String.init) ?? ""
            return CorrectionJSON(.quotation(correction, .quote("\(correction.storyID.short).\(number)"), storyTitle: nil))
        }
        if undo {
            let removed = try store.removeQuotationCorrection(quote)
            if options.json { return try Console.printJSON(json(removed)) }
            print("\(quote): correction \(removed.reference) undone")
            print(StoryText.quoteLine(try store.quote(quote)))
            return
        }
        let correction = try store.correctQuotation(quote, request!)
        if options.json { return try Console.printJSON(json(correction)) }
        if correction.change == .notAQuote {
            print("\(quote) is no quotation: hidden everywhere (correction \(correction.reference); undo: newswire quote \(quote) --undo)")
        } else {
            print(StoryText.quoteLine(try store.quote(quote)))
            print("correction \(correction.reference) saved (undo: newswire quote \(quote) --undo)")
        }
    }

    private func show() throws {
        let record = try options.openStore(readingOnly: true).quote(quote)
        if options.json { return try Console.printJSON(QuoteJSON(record)) }
        print(StoryText.quoteLine(record))
        print("    \(record.story.published)  \(record.story.title.terminalSafe)")
    }
}

struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person", abstract: "Correct a name across the cache: it is no person, or another name of someone.",
        discussion: """
            NAME as people prints it (or a part naming only one person). A correction applies to every story, \
            now and imported later, and survives reanalyze; a new one replaces the name's earlier one.
            """)

    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp("The name, e.g. \"Sanae Okabe\" or okabe.", valueName: "name")) var name: String
    @Flag(help: "The name is no person: leave it out of every story's people; its quotations lose their speaker.")
    var notAPerson = false
    @Option(help: ArgumentHelp("The name is another name of this person: one in people, --person, mentions and quotations.",
                               valueName: "other"))
    var sameAs: String?
    @Flag(help: "Undo the name's correction.") var undo = false

    func validate() throws {
        let asked = [notAPerson, sameAs != nil, undo].filter { $0 }.count
        if asked != 1 { throw ValidationError("choose one of --not-a-person, --same-as OTHER and --undo") }
    }

    func run() throws {
        let store = try options.openStore()
        let correction: PersonCorrection
        if undo {
            correction = try store.removePersonCorrection(name)
        } else {
            correction = try store.correctPerson(name, sameAs.map { .sameAs($0) } ?? .notAPerson)
        }
        if options.json { return try Console.printJSON(CorrectionJSON(.person(correction, stories: 0), withStories: false)) }
        let undoing = "undo: newswire person '\(correction.name)' --undo"
        switch (undo, correction.change) {
        case (true, _): print("correction \(correction.reference) of '\(correction.name)' undone".terminalSafe)
        case (false, .notAPerson): print("'\(correction.name)' is no person in any story (correction \(correction.reference); \(undoing))".terminalSafe)
        case (false, .sameAs(let other)):
            print("'\(correction.name)' is the same person as '\(other)' (correction \(correction.reference); \(undoing))".terminalSafe)
        }
    }
}

struct CorrectionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corrections", abstract: "Every correction, with where it applies now (a quotation's may be gone).")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let entries = try options.openStore(readingOnly: true).corrections()
        if options.json { return try Console.printJSON(entries.map { CorrectionJSON($0) }) }
        for entry in entries { print(StoryText.correctionLine(entry)) }
    }
}

struct CorrectionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correction", abstract: "Remove a correction.", subcommands: [Remove.self])

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rm", abstract: "Remove a correction by its id (see: newswire corrections).")
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp("The correction's id, e.g. q3 or p1.", valueName: "id")) var id: String

        func run() throws {
            let removed = try options.openStore().removeCorrection(id)
            if options.json { return try Console.printJSON(CorrectionJSON(removed)) }
            print("removed: \(StoryText.correctionLine(removed))")
        }
    }
}
