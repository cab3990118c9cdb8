/// Spelling variants of Latin-script names across transliteration traditions.
///
/// Russian, Armenian, Azerbaijani and Georgian names reach Latin script through different national
/// conventions: Pashinyan is Pasjinjan in Norwegian, Paschinjan in German, Pachinian in French, Paszynian
/// in Polish, Pašinjan in Croatian (diacritics fold away in matching). Instead of listing every spelling,
/// the gazetteer adds these variants of each Latin-script person name and surname at load.
enum GazetteerTransliteration {
    /// Each English-transliteration digraph with its counterparts in other conventions.
    static let rules: [(String, [String])] = [
        // Georgian surnames: Polish and German write -shvili as -szwili and -schwili, -dze as -dse.
        ("shvili", ["szwili", "schwili"]),
        ("dze", ["dse"]),
        ("shch", ["szcz", "sjtsj", "stsch", "chtch", "sc"]),
        ("sh", ["sj", "sch", "ch", "s", "sz", "x"]),
        ("kh", ["ch", "h", "x", "j"]),
        ("zh", ["z", "j", "sch", "ž"]),
        ("ts", ["c", "z", "tz"]),
        ("ch", ["tsj", "tsch", "tch", "c", "cz", "ç"]),
        ("yev", ["jev", "iev", "ev", "yew"]),
        ("yan", ["jan", "ian", "ján"]),
        ("y", ["j", "i"]),
        ("ç", ["tsj", "tsch", "ch", "tch"]),
        ("ş", ["sj", "sch", "sh"]),
    ]

    /// At most this many variants per name (the first rules found win).
    static let limit = 24

    /// Variants of `name` (without `name` itself); empty for names outside basic Latin.
    static func variants(of name: String) -> [String] {
        guard name.unicodeScalars.allSatisfy({ $0.value < 0x180 }) else { return [] }
        var results: Set<String> = [name]
        var frontier: [String] = [name]
        for (pattern, replacements) in rules {
            var next: [String] = []
            for current in frontier {
                next.append(current)
                guard occurs(pattern, in: current.lowercased()) else { continue }
                for replacement in replacements {
                    let variant = replace(pattern, with: replacement, in: current)
                    if results.insert(variant).inserted { next.append(variant) }
                    if results.count > limit { break }
                }
            }
            frontier = next
            if results.count > limit { break }
        }
        results.remove(name)
        return Array(results).sorted()
    }

    /// Whether `pattern` occurs in `text`, on UTF-8 bytes (Foundation's `contains` was most of the load time).
    static func occurs(_ pattern: String, in text: String) -> Bool {
        let p = Array(pattern.utf8), t = Array(text.utf8)
        guard p.count <= t.count else { return false }
        for start in 0...(t.count - p.count) where t[start] == p[0] {
            var k = 1
            while k < p.count && t[start + k] == p[k] { k += 1 }
            if k == p.count { return true }
        }
        return false
    }

    /// Replaces every occurrence of the lower-case `pattern`, keeping an initial capital.
    static func replace(_ pattern: String, with replacement: String, in text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let range = rest.lowercased().range(of: pattern) {
            let offset = rest.lowercased().distance(from: rest.lowercased().startIndex, to: range.lowerBound)
            let start = rest.index(rest.startIndex, offsetBy: offset)
            let end = rest.index(start, offsetBy: pattern.count)
            out += rest[..<start]
            let original = rest[start..<end]
            if original.first?.isUppercase == true, let first = replacement.first {
                out += String(first).uppercased() + replacement.dropFirst()
            } else {
                out += replacement
            }
            rest = rest[end...]
        }
        return out + rest
    }
}
