import NewsModel

/// What a dump of the wire's web pages carries besides the story: the page's furniture at
/// its end (a `Related Links` heading, the site's tagline `SpaceWar.com - Your World At War`,
/// the `Thanks for being here;` appeal and all after it), and sometimes a second, short story
/// inside the body: its title as a paragraph, then a dateline run into its text
/// (`Washington (AFP) Jan 29, 2024 - The ...`).
enum WireFurniture {
    /// The story ended at its furniture, and an embedded story split off as a story of its own.
    static func stories(from story: Story) -> [Story] {
        var story = story
        if let end = story.paragraphs.firstIndex(where: isFurniture) { story.paragraphs.removeSubrange(end...) }
        guard let split = embeddedStart(in: story.paragraphs) else { return story.paragraphs.isEmpty ? [] : [story] }
        var embedded = story
        embedded.title = story.paragraphs[split.title]
        embedded.byline = nil
        embedded.authors = []
        embedded.place = split.dateline.place
        embedded.agency = split.dateline.agency
        embedded.published = split.dateline.date ?? story.wireDate
        embedded.paragraphs = [split.text] + story.paragraphs[(split.title + 2)...]
        story.paragraphs.removeSubrange(split.title...)
        return [story, embedded]
    }

    /// A paragraph where the page's furniture starts.
    static func isFurniture(_ paragraph: String) -> Bool {
        if paragraph.hasPrefix("Thanks for being here") { return true }
        // Furniture is short; a long paragraph is text.
        guard paragraph.utf8.count <= 120 else { return false }
        let text = paragraph.trimmingWireSpace()
        if text.lowercased() == "related links" { return true }
        // `SpaceWar.com - Your World At War`: a site's name, a dash, its motto, nothing else.
        guard let dash = text.range(of: " - ") else { return false }
        let site = text[..<dash.lowerBound]
        return !site.contains(" ") && [".com", ".net", ".org", ".info"].contains { site.lowercased().hasSuffix($0) }
    }

    /// Where an embedded story starts: a title-like paragraph (short, no closing stop),
    /// followed by one that opens with a full dateline (place, agency, date) and ` - `.
    private static func embeddedStart(in paragraphs: [String]) -> (title: Int, dateline: Dateline, text: String)? {
        guard paragraphs.count >= 3 else { return nil }
        for index in 2..<paragraphs.count {
            let paragraph = paragraphs[index]
            // Every paragraph of every story is looked at: bytes first, Characters only for a candidate.
            guard let dashOffset = datelineDash(in: paragraph) else { continue }
            let dash = paragraph.utf8.index(paragraph.utf8.startIndex, offsetBy: dashOffset)
            guard let dateline = Dateline(String(paragraph[..<dash])), dateline.agency != nil, dateline.date != nil else { continue }
            let title = paragraphs[index - 1]
            guard title.count <= 160, let last = title.last, !".!?\"”:;,".contains(last) else { continue }
            let text = paragraph[paragraph.utf8.index(dash, offsetBy: 3)...].trimmingWireSpace()
            guard !text.isEmpty else { continue }
            return (index - 1, dateline, String(text))
        }
        return nil
    }

    /// The byte offset of ` - ` within the first 100 bytes, after a `)` (the agency's). Through
    /// the bytes' buffer: every paragraph of every story passes here, and a walk over the UTF-8
    /// view costs several times more.
    private static func datelineDash(in paragraph: String) -> Int? {
        var paragraph = paragraph
        return paragraph.withUTF8 { bytes in
            var sawParenthesis = false
            for index in 0..<min(100, bytes.count) {
                let byte = bytes[index]
                if byte == UInt8(ascii: ")") { sawParenthesis = true }
                if byte == UInt8(ascii: "-"), sawParenthesis, index > 0, bytes[index - 1] == 0x20, index + 1 < bytes.count, bytes[index + 1] == 0x20 {
                    return index - 1
                }
            }
            return nil
        }
    }
}
