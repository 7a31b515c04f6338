import NewsModel

/// A line of the laid-out story: characters with their roles, and the paragraph it is from
/// (-1 for the header).
struct StoryLine: Sendable {
    var characters: [Character] = []
    var roles: [Role] = []
    var paragraph: Int
}

extension StoryView {
    /// Lays the story out for `width` columns: header, then paragraphs word-wrapped, with
    /// quotations, names, the selected quotation, bookmarks and search matches marked.
    mutating func layout(width: Int) {
        let width = max(1, width)
        let story = analyzed.story
        let analysis = analyzed.analysis
        var lines: [StoryLine] = []
        paragraphFirstLines = []
        func header(_ text: String, _ role: Role) {
            lines += wrap(Array(text.terminalSafe), roles: nil, role: role, width: width, paragraph: -1)
        }
        header(story.title, .title)
        var details = [story.byline, story.place, story.agency.map { "(\($0))" }].compactMap { $0 }
        details.append(story.published.description)
        header(details.joined(separator: "  "), .dim)
        let topicNames = analysis.topics.filter { $0.kind == .relations || $0.kind == .country }.map(\.name)
        if !topicNames.isEmpty { header("Topics: " + topicNames.joined(separator: ", "), .dim) }
        var matches: [Int] = []
        let terms = StoryView.searchTerms(search)
        for (index, paragraph) in story.paragraphs.enumerated() {
            lines.append(StoryLine(paragraph: index))
            let (characters, roles, matchStarts) = styled(paragraph: index, text: paragraph, terms: terms)
            let first = lines.count
            paragraphFirstLines.append(first)
            let wrapped = wrap(characters, roles: roles, role: .normal, width: width, paragraph: index)
            var offset = 0
            var nextMatch = 0  // match starts are sorted, and so are the lines
            for (n, line) in wrapped.enumerated() {
                let end = offset + line.characters.count
                while nextMatch < matchStarts.count && matchStarts[nextMatch] < offset { nextMatch += 1 }
                if nextMatch < matchStarts.count && matchStarts[nextMatch] < end { matches.append(first + n) }
                offset = end
            }
            lines += wrapped
        }
        self.lines = lines
        self.matches = matches
        layoutWidth = width
    }

    /// Marks the quotations again (selection, bookmarks) in the paragraphs they cover,
    /// leaving the rest of the layout as it is: the words and so the lines do not change,
    /// and a full layout of the largest story costs about 100 ms.
    mutating func restyle(quotes: [Int]) {
        guard layoutWidth > 0 else { return }
        let terms = StoryView.searchTerms(search)
        var done = Set<Int>()
        for quote in quotes where analyzed.analysis.quotes.indices.contains(quote) {
            let q = analyzed.analysis.quotes[quote]
            for paragraph in q.start.paragraph...max(q.start.paragraph, q.endParagraph)
            where paragraphFirstLines.indices.contains(paragraph) && done.insert(paragraph).inserted {
                let (characters, roles, _) = styled(paragraph: paragraph, text: story.paragraphs[paragraph], terms: terms)
                let wrapped = wrap(characters, roles: roles, role: .normal, width: layoutWidth, paragraph: paragraph)
                let first = paragraphFirstLines[paragraph]
                var end = first
                while end < lines.count && lines[end].paragraph == paragraph { end += 1 }
                guard wrapped.count == end - first else { return layout(width: layoutWidth) }
                lines.replaceSubrange(first..<end, with: wrapped)
            }
        }
    }

    static func searchTerms(_ search: String?) -> [String] {
        (search ?? "").lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map(String.init).filter { !["and", "or", "not", "near"].contains($0) }
    }

    /// The paragraph's characters (control characters shown escaped) with a role each, and where search terms start.
    private func styled(paragraph index: Int, text: String, terms: [String]) -> ([Character], [Role], [Int]) {
        let scalarCount = text.unicodeScalars.count
        var scalarRoles = [Role](repeating: .normal, count: scalarCount)
        for mark in marks.marks(in: index) where mark.start < mark.end && mark.end <= scalarCount {
            let role: Role = mark.quote.map { n in
                n == selectedQuote ? .selectedQuote : bookmarked.contains(quoteTexts[n]) ? .bookmarked : .quote
            } ?? .person
            scalarRoles.replaceSubrange(mark.start..<mark.end, with: repeatElement(role, count: mark.end - mark.start))
        }
        var characters: [Character] = []
        var roles: [Role] = []
        var scalarIndex = 0
        var characterIndexOfScalar = [Int](repeating: 0, count: scalarCount + 1)
        for character in text {
            let role = scalarIndex < scalarCount ? scalarRoles[scalarIndex] : .normal
            for _ in character.unicodeScalars {
                if scalarIndex < scalarCount { characterIndexOfScalar[scalarIndex] = characters.count }
                scalarIndex += 1
            }
            let safe = String(character).terminalSafe
            for shown in safe {
                characters.append(shown)
                roles.append(role)
            }
        }
        // Search matches, found case-insensitively in the characters as shown.
        var starts: [Int] = []
        if !terms.isEmpty {
            let lowered = characters.map { Character($0.lowercased()) }
            for term in terms {
                let needle = Array(term)
                guard needle.count <= lowered.count else { continue }
                var i = 0
                while i + needle.count <= lowered.count {
                    if lowered[i..<i + needle.count].elementsEqual(needle) {
                        for k in i..<i + needle.count { roles[k] = .match }
                        starts.append(i)
                        i += needle.count
                    } else {
                        i += 1
                    }
                }
            }
        }
        return (characters, roles, starts.sorted())
    }

    /// Greedy word wrap by display width; a word longer than a line is cut.
    private func wrap(_ characters: [Character], roles: [Role]?, role: Role, width: Int, paragraph: Int) -> [StoryLine] {
        var lines: [StoryLine] = []
        var line = StoryLine(paragraph: paragraph)
        var used = 0
        var i = 0
        func roleAt(_ k: Int) -> Role { roles?[k] ?? role }
        while i < characters.count {
            if characters[i] == " " {
                if used < width && !line.characters.isEmpty {
                    line.characters.append(" "); line.roles.append(roleAt(i)); used += 1
                }
                i += 1
                continue
            }
            var end = i
            var wordWidth = 0
            while end < characters.count && characters[end] != " " { wordWidth += DisplayWidth.of(characters[end]); end += 1 }
            if used + wordWidth > width && !line.characters.isEmpty {
                while line.characters.last == " " { line.characters.removeLast(); line.roles.removeLast() }
                lines.append(line)
                line = StoryLine(paragraph: paragraph)
                used = 0
            }
            for k in i..<end {
                let w = DisplayWidth.of(characters[k])
                if used + w > width {
                    lines.append(line)
                    line = StoryLine(paragraph: paragraph)
                    used = 0
                }
                line.characters.append(characters[k]); line.roles.append(roleAt(k)); used += w
            }
            i = end
        }
        if !line.characters.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// The first line of a quotation, for scrolling to it.
    func firstLine(ofQuote index: Int) -> Int? {
        let quote = analyzed.analysis.quotes[index]
        return lines.firstIndex { $0.paragraph == quote.start.paragraph && $0.roles.contains(.selectedQuote) }
            ?? lines.firstIndex { $0.paragraph == quote.start.paragraph }
    }
}
