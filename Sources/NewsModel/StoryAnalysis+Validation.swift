extension StoryAnalysis {
    /// The analysis without what does not fit the text: mentions, quotations and cues whose
    /// offsets point outside `paragraphs` (an analysis of an earlier version of the story, or
    /// a damaged row). `dropped` counts what was left out, so the reader can say so.
    public func validated(against paragraphs: ParagraphScalars) -> (analysis: StoryAnalysis, dropped: Int) {
        var dropped = 0
        var valid = self
        for index in valid.people.indices {
            let mentions = valid.people[index].mentions
            valid.people[index].mentions = mentions.filter(paragraphs.contains)
            dropped += mentions.count - valid.people[index].mentions.count
        }
        valid.quotes = quotes.filter { quote in
            let fits = quote.fits(paragraphs) && (quote.speaker.person.map(people.indices.contains) ?? true)
            if !fits { dropped += 1 }
            return fits
        }
        for index in valid.quotes.indices {
            if let cue = valid.quotes[index].speaker.cue, !paragraphs.contains(cue) {
                valid.quotes[index].speaker.cue = nil
                dropped += 1
            }
        }
        return (valid, dropped)
    }
}

extension Quote {
    /// Starts and ends inside the text, the end after the start.
    func fits(_ paragraphs: ParagraphScalars) -> Bool {
        let first = start.paragraph
        guard first >= 0, first <= endParagraph, endParagraph < paragraphs.paragraphCount,
              start.start >= 0, start.start <= paragraphs.count(of: first),
              start.end >= 0, start.end <= paragraphs.count(of: endParagraph) else { return false }
        return first < endParagraph || start.start <= start.end
    }
}
