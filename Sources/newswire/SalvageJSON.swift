/// What `salvage` writes: the bookmarks (as `bookmarks --json` items) and the corrections (as
/// `corrections --json` items) of a damaged cache, which `bookmarks import` puts back.
struct SalvageJSON: Codable {
    var bookmarks: [BookmarkJSON]
    var corrections: [CorrectionJSON]
}
