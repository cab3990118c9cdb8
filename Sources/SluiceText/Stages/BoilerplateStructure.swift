import Foundation

/// Language-independent page furniture, recognised by its shape rather than its words: the rules that
/// still work for a language the keyword tables do not know.
///
/// - A **button row** closing a paragraph: sentences (10+ words), then short button labels separated
///   by `|` ("… we use cookies to improve the site. Accept all | Settings").
/// - A **byline**: a byline word in one of ~30 languages, then only capitalised names ("di Marco Bellandi").
/// - A **breadcrumb**: three or more short segments (≤ 4 words each, ≤ 12 words in all) separated by
///   ` / `, ` > `, ` » ` or ` › `, with no sentence punctuation ("Sport / Hockey / World Championship").
enum BoilerplateStructure {
    /// Reasons for paragraphs no other rule removed; nil where the shape says nothing.
    static func reason(_ text: String) -> BoilerplateReason? {
        let scalars = text.unicodeScalars.count
        guard scalars <= 1200 else { return nil }
        // The length limits of the breadcrumb and byline rules, checked here to count the scalars once.
        if scalars <= 120 && isBreadcrumb(text) { return .navigation }
        if scalars <= 80 && isByline(text) { return .template }
        if endsWithButtonRow(text) { return .template }
        return nil
    }

    /// Words that open a byline ("By", "Von", "di", "Eftir", "Teksts:", "Автор:" …), lower-cased, colon
    /// dropped. A byline is such a word followed by 1–5 capitalised words (names, agencies) joined at most
    /// by "and"-words: "di Marco Bellandi", "By Reuters Staff". "Von der Leyen …" is not one (lower-case "der").
    static let bylineMarkers: Set<String> = [
        "by", "von", "par", "por", "di", "de", "da", "door", "av", "af", "eftir", "nga", "od", "от", "від",
        "autor", "autorius", "autorė", "author", "avtor", "autore", "auteur", "tekst", "teksts", "tekstas", "teksti",
        "text", "texte", "reportagem", "reportage", "reporter", "piše", "пише", "пишува", "написал", "автор",
        "текст", "аўтар", "συντάκτης", "του", "της", "szerző", "müəllif", "yazar", "muhabir", "toimittaja",
        "skrevet", "journalist", "redaktor", "reporting", "written",
    ]
    static let connectors: Set<String> = ["and", "und", "og", "et", "e", "y", "i", "ja", "és", "och", "и", "і", "та", "και", "ve", "və", "&", "/", ",", "-", "–"]

    static func isByline(_ text: String) -> Bool {
        guard text.unicodeScalars.count <= 80 else { return false }
        // The marker first: most lines fail there, before the whole line is split.
        guard let first = text.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "\t" }).first else { return false }
        var marker = first.lowercased()
        if marker.hasSuffix(":") { marker.removeLast() }
        guard bylineMarkers.contains(marker) else { return false }
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard tokens.count >= 2, tokens.count <= 7 else { return false }
        if text.last == "." || text.last == "!" || text.last == "?" { return false }
        var names = 0
        for token in tokens.dropFirst() {
            let word = token.trimmingCharacters(in: .punctuationCharacters)
            if word.isEmpty || connectors.contains(word.lowercased()) { continue }
            guard let initial = word.first, initial.isUppercase else { return false }
            names += 1
        }
        return (1...5).contains(names)
    }

    static func words(_ s: Substring) -> Int {
        s.split(whereSeparator: { $0 == " " || $0 == "\t" }).count
    }

    static func isBreadcrumb(_ text: String) -> Bool {
        guard text.unicodeScalars.count <= 120 else { return false }
        // Without a byte of `/`, `>`, `»` or `›` no separator occurs (a cheap check before Foundation's search).
        guard text.utf8.contains(where: { $0 == 0x2F || $0 == 0x3E || $0 == 0xBB || $0 == 0xBA }) else { return false }
        for separator in [" / ", " > ", " » ", " › "] {
            let parts = text.components(separatedBy: separator).map { Substring($0) }
            guard parts.count >= 3 else { continue }
            let counts = parts.map(words)
            if counts.allSatisfy({ (1...4).contains($0) }), counts.reduce(0, +) <= 12,
               !text.contains(where: { $0 == "." || $0 == "!" || $0 == "?" || $0 == ":" }) {
                return true
            }
        }
        return false
    }

    /// Sentences, then button labels: "… We use cookies. Accept all | Settings". A headline followed by
    /// a site name ("Long headline | VG") has no sentence end before the pipe and is left alone.
    static func endsWithButtonRow(_ text: String) -> Bool {
        // No `|`: one part. Checked on the bytes first, so that running text is never split by Character.
        guard text.utf8.contains(0x7C) else { return false }
        let parts = text.split(separator: "|", omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return false }
        guard parts.dropFirst().allSatisfy({ (1...3).contains(words($0)) }) else { return false }
        let lead = parts[0]
        guard words(lead) >= 10 else { return false }
        // The first button's label follows the last sentence end of the lead.
        guard let end = lead.lastIndex(where: { $0 == "." || $0 == "!" || $0 == "?" }) else { return false }
        let label = lead[lead.index(after: end)...]
        return (1...4).contains(words(label))
    }
}
