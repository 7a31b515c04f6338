/// Rows of RFC 4180 CSV text: fields separated by commas, quoted fields may hold commas,
/// line breaks and doubled quotation marks. The first row names the columns.
enum CSV {
    static func records(_ text: String) -> [[String: String]] {
        let rows = self.rows(text)
        guard let header = rows.first else { return [] }
        return rows.dropFirst().map { row in
            Dictionary(uniqueKeysWithValues: zip(header, row + Array(repeating: "", count: max(0, header.count - row.count))).map { ($0, $1) })
        }
    }

    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending = iterator.next()
        while let c = pending {
            pending = iterator.next()
            if quoted {
                if c == "\"" {
                    if pending == "\"" { field.append(c); pending = iterator.next() } else { quoted = false }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(String(field)); field = String.UnicodeScalarView()
            } else if c == "\n" || c == "\r" {
                if c == "\r" && pending == "\n" { pending = iterator.next() }
                row.append(String(field)); field = String.UnicodeScalarView()
                rows.append(row); row = []
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(String(field)); rows.append(row) }
        return rows
    }
}
