/// Animals a story names by one word, as a story on a zoo names its pandas (`The mother,
/// Haruka, and her twin daughters Sora`): the words for kin and the given-name lists make
/// them look like people. A one-word name without a role, that a noun for kin or for a
/// person introduces (`the mother, Haruka`, `daughters Sora`), in or just after a paragraph
/// that speaks of animals, and never the subject of a speech verb, names an animal; not
/// `how many elephants Hannibal had`.
extension PeopleFinder {
    /// The last step of `find()`.
    mutating func dropNamedAnimals() {
        let candidates = people.indices.filter { people[$0].role == nil && !people[$0].name.contains(" ") }
        guard !candidates.isEmpty else { return }
        let speaksOfAnimals = paragraphs.map { paragraph in
            paragraph.tokens.contains { $0.kind == .word && !$0.isCapitalized && shared.gazetteer.animalNouns.contains($0.key) }
        }
        guard speaksOfAnimals.contains(true) else { return }
        let animals = Set(candidates.filter { isNamedAnimal($0, speaksOfAnimals: speaksOfAnimals) })
        guard !animals.isEmpty else { return }
        removePeople(animals)
    }

    private func isNamedAnimal(_ index: Int, speaksOfAnimals: [Bool]) -> Bool {
        let verbs = shared.gazetteer.speechVerbs
        var introduced = false
        for p in Set(people[index].mentions.map(\.paragraph)) {
            guard speaksOfAnimals[p] || p > 0 && speaksOfAnimals[p - 1] else { return false }
            let tokens = paragraphs[p].tokens
            for t in tokens.indices where owner[p][t] == index {
                if t > 0, owner[p][t - 1] != index, verbs.contains(tokens[t - 1].lower) { return false }
                if t + 1 < tokens.count, owner[p][t + 1] != index, verbs.contains(tokens[t + 1].lower) { return false }
                if t > 0, isPersonNoun(tokens[t - 1]) || t > 1 && tokens[t - 1].mark == "," && isPersonNoun(tokens[t - 2]) { introduced = true }
            }
        }
        return introduced
    }
}
