import ArgumentParser
import Foundation
import NewsModel
import NewsStore

/// What corrections cost on a big cache: making them, and the queries that apply them
/// (people, --person, quotations, opening a story), before and after.
struct CorrectionsBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corrections",
        abstract: "Corrections on a big cache (default 1,000,000 stories): adding them, and the queries before and after.")

    @Option(help: "Stories in the cache.") var stories = 1_000_000
    @Option(help: "Seed of the generator.") var seed: UInt64 = 42
    @Option(help: "Keep the corpus and cache here; an existing cache there is reused.") var work: String?
    @Option(help: "Quotation corrections to make (half a speaker set, half 'not a quotation').") var quotations = 1000
    @Option(help: "People corrections to make (half merges of two names, half 'not a person').") var people = 40

    func run() throws {
        let folder = URL(fileURLWithPath: work ?? NSTemporaryDirectory() + "newswire-corrections-bench-\(getpid())")
        let cache = folder.appendingPathComponent("cache.sqlite").path
        defer { if work == nil { try? FileManager.default.removeItem(at: folder) } }
        try ReaderBench.prepareCache(cache, in: folder, stories: stories, seed: seed)
        let store = try NewsStore(path: cache)
        for entry in try store.corrections() { try store.removeCorrection(reference(entry)) }  // a reused cache starts clean
        var random = SplitMix64(seed: seed ^ 0xC0DE)
        let maxRowid = Int64(try store.count(StoryFilter()))
        func randomStory() throws -> AnalyzedStory? {
            let rowid = Int64(random.next() % UInt64(maxRowid))
            guard let story = try store.stories(afterRowid: rowid, limit: 1).first?.story else { return nil }
            return try store.analyzedStory(story.id)
        }
        let top = try store.people(limit: 2 * people + 2)
        // Unread counts read the stories that are read: about a tenth of them, those of one topic.
        let topic = try store.topics().min { abs($0.stories - Int(maxRowid) / 10) < abs($1.stories - Int(maxRowid) / 10) }!
        let read = try store.markAllRead(StoryFilter(topic: topic.name))
        defer { try? store.undoMarkAllRead(batch: read.batch) }
        print("\(read.count) stories read (topic '\(topic.name)')")
        try measureQueries("before corrections", store, person: top[2].name, randomStory)

        var made = 0
        let quotationTimes = try Timing.samples(quotations) { n in
            while let analyzed = try randomStory() {
                guard !analyzed.analysis.quotes.isEmpty, analyzed.analysis.people.count > 1 else { continue }
                let request: QuotationRequest = n % 2 == 0 ? .speaker(analyzed.analysis.people[1].name) : .notAQuote
                try store.correctQuotation(analyzed.quoteID(0), request)
                made += 1
                return
            }
        }
        print("quotation correction (\(made), each rewriting its story's person rows): "
              + "p50 \(format(quotationTimes.p50 * 1000)) ms, p99 \(format(quotationTimes.p99 * 1000)) ms")
        // Among the most named people (after the first): merge pairs, then say names are no person.
        let merges = people / 2
        let personTimes = try Timing.samples(people) { n in
            if n < merges {
                try store.correctPerson(top[1 + 2 * n].name, .sameAs(top[2 + 2 * n].name))
            } else {
                try store.correctPerson(top[1 + merges + n].name, .notAPerson)
            }
        }
        print("person correction (\(people)): p50 \(format(personTimes.p50 * 1000)) ms, p99 \(format(personTimes.p99 * 1000)) ms")
        try measureQueries("with \(made) quotation and \(people) people corrections", store, person: top[2].name, randomStory)
        let listing = try Timing.samples(3) { _ in _ = try store.corrections() }
        print("  corrections (the whole listing, each quotation's anchored): p50 \(format(listing.p50 * 1000)) ms")

        let entries = try store.corrections()
        let removals = try Timing.samples(entries.count) { n in try store.removeCorrection(reference(entries[n])) }
        print("correction rm (\(entries.count)): p50 \(format(removals.p50 * 1000)) ms, p99 \(format(removals.p99 * 1000)) ms")
    }

    /// `person`: one of the most named people, whom the corrections merge with another name.
    private func measureQueries(_ label: String, _ store: NewsStore, person: String,
                                _ randomStory: () throws -> AnalyzedStory?) throws {
        print("\(label):")
        let everyone = try Timing.samples(3) { _ in _ = try store.people() }
        let firstPeople = try Timing.samples(5) { _ in _ = try store.people(limit: 5000) }
        let unread = try Timing.samples(3) { _ in _ = try store.people(limit: 5000, unread: true) }
        print("  people: all \(format(everyone.p50 * 1000)) ms, the reader's first 5,000 \(format(firstPeople.p50 * 1000)) ms, "
              + "with their unread stories \(format(unread.p50 * 1000)) ms")
        let filter = StoryFilter(person: person)
        let listed = try Timing.samples(20) { _ in _ = try store.page(filter, limit: 50) }
        let counted = try Timing.samples(5) { _ in _ = try store.count(filter) }
        print("  list --person '\(person)': first page p50 \(format(listed.p50 * 1000)) ms, count \(format(counted.p50 * 1000)) ms")
        let quotes = try Timing.samples(10) { _ in _ = try store.quotes(person: person, limit: 20) }
        print("  quotes --person --limit 20: p50 \(format(quotes.p50 * 1000)) ms, p99 \(format(quotes.p99 * 1000)) ms")
        let recent = try Timing.samples(10) { _ in _ = try store.quotes(limit: 20) }
        print("  quotes --limit 20: p50 \(format(recent.p50 * 1000)) ms")
        let opened = try Timing.samples(200) { _ in _ = try randomStory() }
        print("  open a story (200 random): p50 \(format(opened.p50 * 1000)) ms, p99 \(format(opened.p99 * 1000)) ms")
    }

    private func reference(_ entry: CorrectionEntry) -> String {
        switch entry {
        case .quotation(let correction, _, _): return correction.reference
        case .person(let correction, _): return correction.reference
        }
    }
}
