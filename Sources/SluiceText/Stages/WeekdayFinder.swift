import Foundation

/// Finds weekday names in text, in any of the languages CLDR knows (via `DateFormatter`).
///
/// "On Tuesday" and "otrdien" say when the reported event happened; two reports of phone calls on
/// different weekdays are different events. Tables are built once, lazily.
///
/// Words are read on lower-cased scalars (no lower-cased copy of the text, no `String` per word) and
/// compared with the stems scalar by scalar; only a word or stem holding a scalar for which that is not
/// the same as comparing `String`s (combining marks, canonical equivalents) is compared as a `String`.
public struct WeekdayFinder: Sendable {
    /// Languages whose weekday names are looked for.
    static let languages = ["en", "lv", "lt", "et", "sq", "nb", "nn", "da", "sv", "de", "fr", "es", "it", "pt", "nl",
                            "tr", "az", "ru", "uk", "be", "bg", "sr", "hr", "bs", "sl", "mk", "pl", "cs", "sk", "ro",
                            "hu", "fi", "el", "hy", "ka"]

    /// Lower-cased weekday name stems → weekday (0 = Monday).
    static let stems: [(stem: String, weekday: Int)] = {
        var out: [(String, Int)] = []
        var seen = Set<String>()
        for language in languages {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: language)
            let lists = [formatter.weekdaySymbols, formatter.standaloneWeekdaySymbols]
            for symbols in lists where symbols.count == 7 {
                for (i, symbol) in symbols.enumerated() {
                    // CLDR lists Sunday first.
                    let weekday = (i + 6) % 7
                    let lower = symbol.lowercased()
                    let scalars = Array(lower.unicodeScalars)
                    guard scalars.count >= 4 else { continue }
                    // Allow inflected endings: drop the last scalar of longer names ("otrdiena" → "otrdien").
                    let keep = scalars.count >= 6 ? scalars.count - 1 : scalars.count
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: scalars[0..<keep])
                    let stem = String(view)
                    if seen.insert("\(stem)#\(weekday)").inserted { out.append((stem, weekday)) }
                }
            }
        }
        return out
    }()

    /// A stem as scalar values, and whether scalar comparison is exact for it.
    struct Stem: Sendable {
        var stem: String
        var scalars: [UInt32]
        var plain: Bool
        var weekday: Int
    }

    static let parsedStems: [Stem] = stems.map { s in
        let scalars = s.stem.unicodeScalars.map(\.value)
        return Stem(stem: s.stem, scalars: scalars, plain: scalars.allSatisfy(isPlain), weekday: s.weekday)
    }

    /// The stems by their first scalar (for words compared as `String`s).
    static let byFirstScalar: [UInt32: [Stem]] = Dictionary(grouping: parsedStems, by: { $0.scalars[0] })

    /// Whether every stem is plain: then a plain word starts with a stem only if it starts with the same
    /// two scalars, and `byFirstTwo` applies.
    static let plainStems = parsedStems.allSatisfy(\.plain)

    /// The stems by their first two scalars (stems have at least four), for plain words.
    static let byFirstTwo: FastMap<[Stem]> = {
        var map = FastMap<[Stem]>()
        for stem in parsedStems {
            let key = UInt64(stem.scalars[0]) << 32 | UInt64(stem.scalars[1])
            map[key] = (map[key] ?? []) + [stem]
        }
        return map
    }()

    /// Scalars that are a whole character each and equal only to themselves, so that comparing words of
    /// them scalar by scalar is the same as comparing them as `String`s: Latin below the combining marks,
    /// Greek and Coptic letters, Cyrillic, Armenian and Georgian letters.
    @inline(__always)
    static func isPlain(_ v: UInt32) -> Bool {
        v < 0x300 || (v >= 0x386 && v <= 0x3FF && v != 0x387) || (v >= 0x400 && v < 0x483) || (v >= 0x48A && v < 0x530)
            || (v >= 0x531 && v < 0x590) || (v >= 0x10A0 && v < 0x1100)
    }

    /// Per scalar below `tableLimit`: its lower-case mapping when that is one scalar (else 0), and
    /// whether that is alphabetic (bit 31).
    static let tableLimit: UInt32 = 0x2000
    static let table: [UInt32] = (0..<tableLimit).map { v in
        guard let scalar = Unicode.Scalar(v) else { return 0 }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        guard lower.count == 1, let l = lower.first else { return 0 }
        return l.value | (l.properties.isAlphabetic ? 1 << 31 : 0)
    }

    public init() {}

    /// The distinct weekdays named in `text`, sorted.
    public func weekdays(in text: String) -> [Int] {
        var found: UInt8 = 0
        var word: [UInt32] = []
        word.reserveCapacity(64)
        var plain = true
        // The table in a local: no lazy-global check per scalar.
        let table = Self.table
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < Self.tableLimit, case let e = table[Int(v)], e != 0 {
                if e >> 31 != 0 {
                    let l = e & 0x7FFF_FFFF
                    word.append(l)
                    if plain && !Self.isPlain(l) { plain = false }
                } else if !word.isEmpty {
                    if word.count >= 4 { Self.check(word, plain: plain, into: &found) }
                    word.removeAll(keepingCapacity: true)
                    plain = true
                }
            } else {
                for l in scalar.properties.lowercaseMapping.unicodeScalars {
                    if l.properties.isAlphabetic {
                        word.append(l.value)
                        if !Self.isPlain(l.value) { plain = false }
                    } else if !word.isEmpty {
                        Self.check(word, plain: plain, into: &found)
                        word.removeAll(keepingCapacity: true)
                        plain = true
                    }
                }
            }
        }
        if !word.isEmpty { Self.check(word, plain: plain, into: &found) }
        return (0..<7).filter { found & (1 << UInt8($0)) != 0 }
    }

    /// Adds the weekdays whose stems start `word` to `found` (one bit per weekday).
    @inline(__always)
    static func check(_ word: [UInt32], plain: Bool, into found: inout UInt8) {
        guard word.count >= 4, let candidates = plain && plainStems
            ? byFirstTwo[UInt64(word[0]) << 32 | UInt64(word[1])] : byFirstScalar[word[0]] else { return }
        for c in candidates where word.count <= c.scalars.count + 4 && hasPrefix(word, c, plain: plain) {
            found |= 1 << UInt8(c.weekday)
        }
    }

    /// Whether `word` starts with the stem, as `String.hasPrefix` says.
    static func hasPrefix(_ word: [UInt32], _ stem: Stem, plain: Bool) -> Bool {
        if plain && stem.plain {
            guard word.count >= stem.scalars.count else { return false }
            for i in stem.scalars.indices where word[i] != stem.scalars[i] { return false }
            return true
        }
        var view = String.UnicodeScalarView()
        for v in word { if let s = Unicode.Scalar(v) { view.append(s) } }
        return String(view).hasPrefix(stem.stem)
    }
}
