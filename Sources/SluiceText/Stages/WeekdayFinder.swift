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

    /// The stems by their first two scalars (stems have at least four), for plain words: a run of
    /// `keyed` (packed `start << 32 | end`).
    static let byFirstTwo: FastMap<Int> = {
        var map = FastMap<Int>()
        var start = 0
        for (k, stem) in keyed.enumerated() where k + 1 == keyed.count || key(keyed[k + 1]) != key(stem) {
            map[key(stem)] = start << 32 | (k + 1)
            start = k + 1
        }
        return map
    }()

    /// `parsedStems` ordered by their first two scalars (stable: equal keys keep their order).
    static let keyed: [Stem] = parsedStems.enumerated().sorted { a, b in
        key(a.element) != key(b.element) ? key(a.element) < key(b.element) : a.offset < b.offset
    }.map(\.element)

    /// `keyed`'s scalars back to back (`keyedStart[k]..<keyedStart[k + 1]`) and weekdays, read without
    /// touching a `Stem` (no reference counting in the scan).
    static let keyedScalars: [UInt32] = keyed.flatMap(\.scalars)
    static let keyedStart: [Int] = keyed.reduce(into: [0]) { $0.append($0.last! + $1.scalars.count) }
    static let keyedWeekday: [UInt8] = keyed.map { UInt8($0.weekday) }

    /// Per lower-case scalar below `tableLimit`: whether some stem starts with it.
    static let startsStem: [Bool] = {
        var starts = [Bool](repeating: false, count: Int(tableLimit))
        for stem in parsedStems where stem.scalars[0] < tableLimit { starts[Int(stem.scalars[0])] = true }
        return starts
    }()

    /// A word longer than this matches no stem (`check`: at most four scalars past the stem).
    static let longestWord = (parsedStems.map(\.scalars.count).max() ?? 0) + 4

    static func key(_ stem: Stem) -> UInt64 { UInt64(stem.scalars[0]) << 32 | UInt64(stem.scalars[1]) }

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
        var text = text
        let found = withUnsafeTemporaryAllocation(of: UInt32.self, capacity: Self.longestWord) { buffer in
            var scan = Scan(word: buffer.baseAddress!)
            // The tables in locals: no lazy-global check per scalar.
            let table = Self.table, startsStem = Self.startsStem, limit = Self.tableLimit
            text.withUTF8 { bytes in
                let n = bytes.count
                var i = 0
                while i < n {
                    let v = ByteSearch.scalar(in: bytes, at: &i)
                    if v < limit, case let e = table[Int(v)], e != 0 {
                        guard e >> 31 != 0 else { scan.end(); continue }
                        let l = e & 0x7FFF_FFFF
                        // A word whose first scalar starts no stem is only waited out.
                        if scan.count == 0 && l < limit && !startsStem[Int(l)] { scan.skipping = true }
                        scan.append(l)
                    } else {
                        for l in Unicode.Scalar(v)!.properties.lowercaseMapping.unicodeScalars {
                            if l.properties.isAlphabetic { scan.append(l.value) } else { scan.end() }
                        }
                    }
                }
            }
            scan.end()
            return scan.found
        }
        return (0..<7).filter { found & (1 << UInt8($0)) != 0 }
    }

    /// The word being read (lower-cased, its first `longestWord` scalars kept) and the weekdays found.
    struct Scan {
        let word: UnsafeMutablePointer<UInt32>
        /// `longestWord`, read once (a lazy global's check per scalar costs more than the scan).
        let capacity = WeekdayFinder.longestWord
        var count = 0
        var plain = true
        /// The word cannot start with a stem: its scalars are not kept.
        var skipping = false
        /// One bit per weekday (0 = Monday).
        var found: UInt8 = 0

        init(word: UnsafeMutablePointer<UInt32>) { self.word = word }

        @inline(__always) mutating func append(_ l: UInt32) {
            if !skipping {
                if count < capacity { word[count] = l }
                if plain && !WeekdayFinder.isPlain(l) { plain = false }
            }
            count += 1
        }

        /// Ends the word: checks it against the stems.
        @inline(__always) mutating func end() {
            guard count > 0 else { return }
            if !skipping && count >= 4 && count <= capacity { check() }
            count = 0
            plain = true
            skipping = false
        }

        /// Adds the weekdays whose stems start the word.
        mutating func check() {
            guard plain && WeekdayFinder.plainStems else {
                WeekdayFinder.check(Array(UnsafeBufferPointer(start: word, count: count)), plain: plain, into: &found)
                return
            }
            guard let run = WeekdayFinder.byFirstTwo[UInt64(word[0]) << 32 | UInt64(word[1])] else { return }
            let scalars = WeekdayFinder.keyedScalars, starts = WeekdayFinder.keyedStart
            for k in (run >> 32)..<(run & 0xFFFF_FFFF) {
                let start = starts[k], length = starts[k + 1] - start
                guard count >= length && count <= length + 4 else { continue }
                var same = true
                for q in 2..<length where word[q] != scalars[start + q] { same = false; break }
                if same { found |= 1 << WeekdayFinder.keyedWeekday[k] }
            }
        }
    }

    /// Adds the weekdays whose stems start `word` to `found` (one bit per weekday), stem by stem, as
    /// `String.hasPrefix` says: for words with scalars outside the plain ranges.
    static func check(_ word: [UInt32], plain: Bool, into found: inout UInt8) {
        guard word.count >= 4, let candidates = byFirstScalar[word[0]] else { return }
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
