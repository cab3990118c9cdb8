@testable import SluiceText
import Testing

/// `Inflection.Suffixes`: the filter on a word's last scalars that decides at which lengths its endings
/// are hashed must never hide a listed ending.
@Suite struct InflectionTests {
    /// Every word of `stem` + a listed ending: the filter offers the ending's length (and the hash set
    /// holds it), in every language's set and in the set of all languages.
    @Test func possibleLengths_offerEveryListedEnding() {
        var checked = 0
        for language in Inflection.endings.keys.sorted() + [nil] {
            let suffixes = Inflection.suffixes(for: language)
            let lists = language.map { [Inflection.endings[$0] ?? []] } ?? Array(Inflection.endings.values)
            for ending in lists.joined() {
                let folded = EntityFold.fold(ending)
                guard !folded.isEmpty else { continue }
                let word = EntityFold.fold("kara") + folded
                let lengths = suffixes.possibleLengths(word, end: word.count)
                #expect(lengths & (1 << UInt64(folded.count)) != 0, "\(language ?? "all"): -\(ending)")
                #expect(suffixes.hashes.contains(EntityFold.hash(folded)))
                checked += 1
            }
        }
        #expect(checked > 300)
    }

    /// One-scalar endings are told apart exactly (Latin letters): a word ending in none is never hashed at
    /// length 1; the longer lengths of `-ijas` are all offered.
    @Test func possibleLengths_offerOnlyFittingOneScalarEndings() {
        let latvian = Inflection.suffixes(for: "lv")
        let word = EntityFold.fold("Karabahk")
        #expect(latvian.possibleLengths(word, end: word.count) & (1 << 1) == 0)
        let lengths = latvian.possibleLengths(EntityFold.fold("Krievijas"), end: 9)
        #expect(lengths & (1 << 1) != 0 && lengths & (1 << 2) != 0 && lengths & (1 << 4) != 0)
    }
}
