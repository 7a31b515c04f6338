extension String {
    /// Whether `part` occurs in the string, byte for byte: Foundation's `contains` costs many
    /// times more, and what is searched (roles, keywords, bylines) is compared in one normal form anyway.
    public func containsBytes(of part: String) -> Bool {
        var text = self, part = part
        return text.withUTF8 { haystack in
            part.withUTF8 { needle in
                guard !needle.isEmpty else { return true }
                guard needle.count <= haystack.count else { return false }
                let first = needle[0]
                for start in 0...(haystack.count - needle.count) where haystack[start] == first {
                    var i = 1
                    while i < needle.count && haystack[start + i] == needle[i] { i += 1 }
                    if i == needle.count { return true }
                }
                return false
            }
        }
    }
}
