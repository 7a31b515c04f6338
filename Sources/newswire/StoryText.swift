import NewsModel

/// Stories as plain text for the terminal; every piece of story text passes `terminalSafe`.
enum StoryText {
    static func listLine(_ story: StorySummary) -> String {
        let agency = (story.agency ?? "-").terminalSafe
        let padded = agency + String(repeating: " ", count: max(0, 5 - agency.count))
        return "\(story.id.short)  \(story.published)  \(padded) \(story.title.terminalSafe)"
    }

    static func full(_ story: Story) -> String {
        var lines = [story.title.terminalSafe]
        let filing = [story.section, story.category].compactMap { $0?.terminalSafe }
        if !filing.isEmpty { lines.append(filing.joined(separator: " / ")) }
        if let byline = story.byline { lines.append(byline.terminalSafe) }
        var dateline = [story.place, story.agency.map { "(\($0))" }].compactMap { $0?.terminalSafe }
        dateline.append(story.published.description)
        if story.wireDate != story.published { dateline.append("(wire date \(story.wireDate))") }
        lines.append(dateline.joined(separator: " "))
        lines.append("id \(story.id.short)")
        for paragraph in story.paragraphs {
            lines.append("")
            lines.append(paragraph.terminalSafe)
        }
        return lines.joined(separator: "\n")
    }
}
