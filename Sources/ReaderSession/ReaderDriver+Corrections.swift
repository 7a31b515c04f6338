import NewsModel
import NewsStore
import ReaderUI

extension ReaderDriver {
    /// Saves what the speaker chooser chose as a correction, and hands back the story as corrected.
    func correctQuote(_ id: StoryID, number: Int, _ choice: SpeakerChoice) throws -> [Event] {
        let said: String
        switch choice {
        case .person(let name):
            let correction = try store.correctQuotation(story: id, number: number, .speaker(name, kind: .person))
            said = "Speaker set: \(name) (correction \(correction.reference))."
        case .unknown:
            let correction = try store.correctQuotation(story: id, number: number, .unknownSpeaker)
            said = "Speaker set: unknown (correction \(correction.reference))."
        case .notAQuote:
            let correction = try store.correctQuotation(story: id, number: number, .notAQuote)
            said = "Hidden: not a quotation (correction \(correction.reference); undo: newswire quote \(id.short).\(number) --undo)."
        case .asAnalysed:
            do {
                try store.removeQuotationCorrection(story: id, number: number)
                said = "Correction undone: the speaker the analysis found."
            } catch .noCorrection {
                said = "This speaker comes from a correction of a name; 'newswire corrections' lists it."
            }
        }
        guard let analyzed = try store.analyzedStory(id) else { return [.failed("That story is no longer in the cache.")] }
        return [.quoteCorrected(analyzed, number: number, message: said)]
    }
}
