/// Finds direct quotations: text between double quotation marks, straight or curly. A
/// paragraph that opens a quotation without closing it continues into the next paragraph
/// when that one opens with a quotation mark (the newspaper convention); otherwise the
/// stray mark is ignored.
struct QuoteFinder {
    struct Found {
        var paragraph: Int
        var start: Int
        var endParagraph: Int
        var end: Int
    }

    static func quotes(in paragraphs: [Paragraph]) -> [Found] {
        var found: [Found] = []
        var open: (paragraph: Int, offset: Int)?
        var opener: Unicode.Scalar = "\""
        for paragraph in paragraphs {
            let scalars = paragraph.scalars
            var from = 0
            if open != nil {
                if let first = scalars.first, opens(first) { from = 1 } else { open = nil }
            }
            var nested = 0
            // Every quotation mark is a punctuation token of its own: walking the tokens visits
            // a fifth of the places that walking the scalars would.
            let tokens = paragraph.tokens
            for t in tokens.indices where tokens[t].kind == .punctuation && tokens[t].start >= from {
                let c = tokens[t].mark
                let i = tokens[t].start
                if Marks.doubleQuotes.contains(c) {
                    if let start = open {
                        if Marks.openingDouble.contains(c) || c == "\"" && opener != "\"" && opensWord(scalars, i) {
                            nested += 1  // a quotation inside the quotation, in the other style
                        } else if nested > 0 && (Marks.closingDouble.contains(c) || c == "\"" && opener != "\"") {
                            nested -= 1
                        } else {
                            if start.paragraph != paragraph.index || i > start.offset {
                                found.append(Found(paragraph: start.paragraph, start: start.offset,
                                                   endParagraph: paragraph.index, end: i))
                            }
                            open = nil
                        }
                    } else if opens(c) || i == 0 || Tokenizer.isSpace(scalars[i - 1]) {
                        open = (paragraph.index, i + 1)
                        opener = c
                        nested = 0
                    }
                }
            }
            let next = paragraph.index + 1
            if open != nil, !(next < paragraphs.count && paragraphs[next].scalars.first.map(opens) == true) {
                open = nil
            }
        }
        return found
    }

    /// A straight mark after a space and before a word opens a quotation.
    private static func opensWord(_ scalars: [Unicode.Scalar], _ i: Int) -> Bool {
        (i == 0 || Tokenizer.isSpace(scalars[i - 1])) && i + 1 < scalars.count && !Tokenizer.isSpace(scalars[i + 1])
    }

    private static func opens(_ c: Unicode.Scalar) -> Bool {
        Marks.doubleQuotes.contains(c) && !Marks.closingDouble.contains(c)
    }
}
