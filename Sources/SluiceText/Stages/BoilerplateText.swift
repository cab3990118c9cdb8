import Foundation

// Shared text scanning for the boilerplate, headline and date stages.
//
// Everything here works on Unicode scalars with precomputed tables: no regular expressions, no
// `lowercased()`, no Foundation string searching on the hot path. A paragraph is scanned once into
// word and number tokens whose letters are *folded* (lowercased, Latin/Cyrillic/Greek diacritics
// stripped, Turkish dotless ı and dotted İ → i, Georgian Mtavruli → Mkhedruli, curly apostrophes →
// '). Keyword tables are folded the same way, then compared by 64-bit FNV hashes of the tokens.

/// Character classes of the fold table.
enum ScalarClass: UInt8 {
    case other = 0, letter = 1, digit = 2, space = 3
}

enum BoilerplateFold {
    /// For scalars below `tableLimit`: bits 0–20 folded scalar, bits 24–25 class, bit 26 uppercase.
    static let tableLimit: UInt32 = 0x590
    static let table: [UInt32] = {
        var t = [UInt32](repeating: 0, count: Int(tableLimit))
        for v in 0..<tableLimit {
            guard let s = Unicode.Scalar(v) else { continue }
            let p = s.properties
            var cls = ScalarClass.other
            if p.isWhitespace || v == 0xA0 { cls = .space }
            else if v >= 0x30 && v <= 0x39 { cls = .digit }
            else if p.isAlphabetic { cls = .letter }
            var folded = v
            var upper: UInt32 = 0
            var lower: UInt32 = 0
            if cls == .letter {
                if p.isUppercase { upper = 1 }
                if p.isLowercase && p.changesWhenUppercased { lower = 1 }
                let lower = p.lowercaseMapping.unicodeScalars
                if lower.count == 1, let l = lower.first { folded = l.value }
                // Strip diacritics: the first scalar of the canonical decomposition.
                if folded >= 0xC0, let ls = Unicode.Scalar(folded) {
                    let d = String(Character(ls)).decomposedStringWithCanonicalMapping.unicodeScalars
                    if let base = d.first, base.properties.isAlphabetic { folded = base.value }
                }
                switch folded {
                case 0x131: folded = 0x69          // ı → i (Turkish: I/ı and İ/i fold together)
                case 0x142: folded = 0x6C          // ł → l
                case 0x111: folded = 0x64          // đ → d
                case 0xF8: folded = 0x6F           // ø → o
                case 0x127: folded = 0x68          // ħ → h
                case 0x3C2: folded = 0x3C3         // final sigma
                default: break
                }
            }
            if v == 0x130 { folded = 0x69 }
            t[Int(v)] = folded | UInt32(cls.rawValue) << 24 | upper << 26 | lower << 27
        }
        return t
    }()

    /// Folded value, class and case of one scalar.
    @inline(__always)
    static func info(_ v: UInt32) -> (folded: UInt32, cls: ScalarClass, upper: Bool) {
        let x = info4(v)
        return (x.folded, x.cls, x.upper)
    }

    /// Folded value, class, uppercase and (cased) lowercase flags of one scalar.
    @inline(__always)
    static func info4(_ v: UInt32) -> (folded: UInt32, cls: ScalarClass, upper: Bool, lower: Bool) {
        if v < tableLimit {
            let e = table[Int(v)]
            return (e & 0x1F_FFFF, ScalarClass(rawValue: UInt8((e >> 24) & 3))!, e & (1 << 26) != 0, e & (1 << 27) != 0)
        }
        let (f, c, u) = infoSlow(v)
        return (f, c, u, c == .letter && !u && v >= 0x1E00 && v <= 0x1EFF)
    }

    static func infoSlow(_ v: UInt32) -> (folded: UInt32, cls: ScalarClass, upper: Bool) {
        switch v {
        case 0x10D0...0x10FF: return (v, .letter, false)                   // Georgian Mkhedruli
        case 0x1C90...0x1CBF: return (v - 0x1C90 + 0x10D0, .letter, true)  // Georgian Mtavruli
        case 0x2018, 0x2019, 0x201B, 0x2032: return (0x27, .other, false)   // ’ → '
        case 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x2028, 0x2029: return (0x20, .space, false)
        case 0x200B...0x200D, 0x2060, 0xFEFF: return (0x200B, .space, false) // zero-width
        case 0x2010...0x2015: return (0x2D, .other, false)                 // dashes → -
        case 0x1E00...0x1EFF:
            guard let s = Unicode.Scalar(v) else { return (v, .other, false) }
            let lower = s.properties.lowercaseMapping.unicodeScalars.first ?? s
            let d = String(Character(lower)).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? lower
            return (d.value, .letter, s.properties.isUppercase)
        default:
            guard let s = Unicode.Scalar(v) else { return (v, .other, false) }
            let p = s.properties
            if p.isAlphabetic { return (v, .letter, p.isUppercase) }
            if p.isWhitespace { return (0x20, .space, false) }
            if p.numericType == .decimal { return (v, .digit, false) }
            return (v, .other, false)
        }
    }

    static let fnvBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always)
    static func mix(_ h: UInt64, _ v: UInt32) -> UInt64 { (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3 }

    /// Hashes of the folded tokens (words and numbers) of a short keyword text.
    static func tokenHashes(_ text: String) -> [UInt64] {
        var out: [UInt64] = []
        var h = fnvBasis, inToken = false, lastCls = ScalarClass.other
        for s in text.unicodeScalars {
            let (f, cls, _) = info(s.value)
            if cls == .letter || cls == .digit {
                if inToken && cls != lastCls { out.append(h); h = fnvBasis }
                h = mix(h, f); inToken = true; lastCls = cls
            } else if inToken {
                out.append(h); h = fnvBasis; inToken = false
            }
        }
        if inToken { out.append(h) }
        return out
    }

    /// The folded scalars of a keyword's longest token (month names).
    static func foldedScalars(_ text: String) -> [[UInt32]] {
        var out: [[UInt32]] = [], cur: [UInt32] = []
        for s in text.unicodeScalars {
            let (f, cls, _) = info(s.value)
            if cls == .letter { cur.append(f) } else if !cur.isEmpty { out.append(cur); cur = [] }
        }
        if !cur.isEmpty { out.append(cur) }
        return out
    }

    static func hash<C: Collection>(_ scalars: C) -> UInt64 where C.Element == UInt32 {
        var h = fnvBasis
        for v in scalars { h = mix(h, v) }
        return h
    }
}

/// One word (a run of letters) or number (a run of digits) of a paragraph.
struct Token {
    /// Offset of its folded scalars in `LineScan.buf`.
    var start: Int32
    var count: Int16
    var isNumber: Bool
    /// Whitespace between the previous token and this one.
    var space: Bool
    var upperFirst: Bool
    var lowerFirst: Bool
    /// Every cased letter is uppercase (and it has at least two letters).
    var allUpper: Bool
    /// The last punctuation or symbol scalar (folded) between the previous token and this one, 0 if none.
    var pre: UInt32
    /// How many punctuation scalars are between the previous token and this one.
    var preCount: UInt8
    /// Numeric value (numbers of up to 9 digits).
    var value: Int
    var hash: UInt64
    /// Scalar offset of the token in the paragraph's text.
    var offset: Int32
}

/// The tokens and a summary of one paragraph.
struct LineScan {
    var tokens: [Token] = []
    /// Folded scalars of the tokens, back to back.
    let storage = ScalarStorage()

    var scalarCount = 0
    var letters = 0
    var upperLetters = 0
    var digits = 0
    var words = 0
    var numbers = 0
    /// Last scalar of the paragraph (raw) and the one before it.
    var last: UInt32 = 0
    var beforeLast: UInt32 = 0
    /// Punctuation scalars after the last token (folded), and the last of them.
    var tailPunct = 0
    var firstScalar: UInt32 = 0
    var pipes = 0
    var chevrons = 0
    var copyright = false
    var templateMarkup = false
    var sentenceBreaks = 0
    /// Word tokens whose prefix hit the stem filter: (token index, stem hash).
    var stemHits: [(Int, UInt64)] = []

    init() {
        tokens.reserveCapacity(64)
    }

    /// Scans `text`; `stems` (optional) reports word prefixes found in a stem filter.
    mutating func scan(_ text: String, stems: StemFilter? = nil, limit: Int = Int.max) {
        // Work on locals (moved out of self) so appends need no uniqueness checks on self's storage.
        var tokens = self.tokens; self.tokens = []
        var stemHits = self.stemHits; self.stemHits = []
        tokens.removeAll(keepingCapacity: true)
        stemHits.removeAll(keepingCapacity: true)
        var letters = 0, upperLetters = 0, digits = 0, words = 0, numbers = 0
        var last: UInt32 = 0, beforeLast: UInt32 = 0, tailPunct = 0, firstScalar: UInt32 = 0, pipes = 0, chevrons = 0
        var copyright = false, templateMarkup = false, sentenceBreaks = 0

        var inTok = false
        var tokIsNum = false
        var cur = Token(start: 0, count: 0, isNumber: false, space: false, upperFirst: false, lowerFirst: false,
                        allUpper: false, pre: 0, preCount: 0, value: 0, hash: BoilerplateFold.fnvBasis, offset: 0)
        var pendingSpace = false
        var pendingPre: UInt32 = 0
        var pendingPreCount = 0
        var casedLower = 0, casedUpper = 0
        var prevRaw: UInt32 = 0
        var lastSentencePunct = false
        var i = 0
        let mask = stems?.lengthMask ?? 0
        let filter = stems ?? StemFilter.none
        let table = BoilerplateFold.table
        let limitTable = BoilerplateFold.tableLimit

        let tb = table
        let bloom = filter.bits
        var bufCount = 0
        // No closures around the loop: captured variables would live in memory instead of registers.
        storage.reserve(text.utf8.count)
        let bp = storage.pointer
        do {
            for sc in text.unicodeScalars {
                let v = sc.value
                if i >= limit { break }
                let f: UInt32, cls: ScalarClass, upper: Bool, lowerCased: Bool
                if v < limitTable {
                    let e = tb[Int(v)]
                    f = e & 0x1F_FFFF
                    cls = ScalarClass(rawValue: UInt8((e >> 24) & 3)) ?? .other
                    upper = e & (1 << 26) != 0
                    lowerCased = e & (1 << 27) != 0
                } else {
                    (f, cls, upper, lowerCased) = BoilerplateFold.info4(v)
                }
                if i == 0 { firstScalar = v }
                if cls == .letter || cls == .digit {
                    let isNum = cls == .digit
                    if inTok && isNum != tokIsNum {
                        if cur.isNumber { numbers += 1 } else { words += 1; cur.allUpper = casedUpper >= 2 && casedLower == 0 }
                        tokens.append(cur)
                        inTok = false
                        pendingSpace = false; pendingPre = 0; pendingPreCount = 0
                    }
                    if !inTok {
                        inTok = true; tokIsNum = isNum
                        cur = Token(start: Int32(bufCount), count: 0, isNumber: isNum, space: pendingSpace,
                                    upperFirst: upper, lowerFirst: lowerCased,
                                    allUpper: false, pre: pendingPre, preCount: UInt8(min(pendingPreCount, 255)),
                                    value: 0, hash: BoilerplateFold.fnvBasis, offset: Int32(i))
                        if lastSentencePunct && pendingSpace && upper { sentenceBreaks += 1 }
                        casedLower = 0; casedUpper = 0
                        pendingSpace = false; pendingPre = 0; pendingPreCount = 0
                        lastSentencePunct = false
                    }
                    bp[bufCount] = f
                    bufCount &+= 1
                    cur.count &+= 1
                    cur.hash = BoilerplateFold.mix(cur.hash, f)
                    if isNum {
                        digits += 1
                        if cur.count <= 9 { cur.value = cur.value &* 10 &+ Int(v &- 0x30) }
                    } else {
                        letters += 1
                        if upper { upperLetters += 1; casedUpper += 1 } else if lowerCased { casedLower += 1 }
                        if mask != 0, cur.count < 64, mask & (1 << UInt64(cur.count)) != 0 {
                            let h = cur.hash
                            if bloom[Int(h & 0xFFFF) >> 6] & (1 << (h & 63)) != 0, filter.exact[h] != nil {
                                stemHits.append((tokens.count, h))
                            }
                        }
                    }
                    tailPunct = 0
                } else if cls == .space {
                    if inTok {
                        if cur.isNumber { numbers += 1 } else { words += 1; cur.allUpper = casedUpper >= 2 && casedLower == 0 }
                        tokens.append(cur)
                        inTok = false
                    }
                    if f != 0x200B { pendingSpace = true }
                } else {
                    if inTok {
                        if cur.isNumber { numbers += 1 } else { words += 1; cur.allUpper = casedUpper >= 2 && casedLower == 0 }
                        tokens.append(cur)
                        inTok = false; pendingSpace = false; pendingPre = 0; pendingPreCount = 0
                    }
                    pendingPre = f
                    pendingPreCount += 1
                    tailPunct += 1
                    switch v {
                    case 0x7C, 0xA6: pipes += 1
                    case 0x203A, 0xBB, 0x3E, 0x2192, 0x25B8, 0x276F: chevrons += 1
                    case 0xB7 where prevRaw == 0x20: chevrons += 1  // ` · ` (never the middle dot of col·legi)
                    case 0xA9: copyright = true
                    case 0x7B, 0x7D:
                        if prevRaw == v || (v == 0x7B && (prevRaw == 0x24 || prevRaw == 0x25)) { templateMarkup = true }
                    case 0x2F:
                        if prevRaw == 0x3C { templateMarkup = true }
                    default: break
                    }
                    lastSentencePunct = v == 0x2E || v == 0x21 || v == 0x3F
                }
                if cls != .space { beforeLast = last; last = v }
                prevRaw = v
                i += 1
            }
        }
        if inTok {
            if cur.isNumber { numbers += 1 } else { words += 1; cur.allUpper = casedUpper >= 2 && casedLower == 0 }
            tokens.append(cur)
        }
        self.scalarCount = i
        self.letters = letters; self.upperLetters = upperLetters; self.digits = digits; self.words = words
        self.numbers = numbers; self.last = last; self.beforeLast = beforeLast; self.tailPunct = tailPunct
        self.firstScalar = firstScalar; self.pipes = pipes; self.chevrons = chevrons; self.copyright = copyright
        self.templateMarkup = templateMarkup; self.sentenceBreaks = sentenceBreaks
        self.tokens = tokens
        self.stemHits = stemHits
    }

    /// After a scan cut at `limit`, the end of the paragraph as if it had been scanned whole: its length
    /// and last scalars (sentence-final punctuation).
    mutating func completeTail(of text: String, scalarCount total: Int) {
        scalarCount = total
        var lastTwo: (UInt32, UInt32) = (0, 0)
        var trailing = 0
        var k = 0
        for s in text.unicodeScalars.reversed() {
            let v = s.value
            let (_, cls, _) = BoilerplateFold.info(v)
            if cls == .space { if k == 0 { continue } else { break } }
            if k == 0 { lastTwo.0 = v } else { lastTwo.1 = v }
            if cls == .other && trailing == k { trailing += 1 }
            k += 1
            if k == 2 { break }
        }
        last = lastTwo.0
        beforeLast = lastTwo.1
        tailPunct = trailing
    }

    // MARK: Token helpers

    func wordCount(before end: Int) -> Int {
        var c = 0
        for k in 0..<min(end, tokens.count) where !tokens[k].isNumber { c += 1 }
        return c
    }

    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && !tokens[i].isNumber }

    /// Word tokens only (indexes into `tokens`).
    var wordIndexes: [Int] { tokens.indices.filter { !tokens[$0].isNumber } }

    /// Folded scalars of token `i` (valid until the next scan).
    func scalars(_ i: Int) -> UnsafeBufferPointer<UInt32> {
        let t = tokens[i]
        return UnsafeBufferPointer(start: storage.pointer + Int(t.start), count: Int(t.count))
    }

    /// Punctuation after the last token is a sentence-final period (not an ellipsis).
    var endsWithPeriod: Bool {
        let l = Self.unquote(last, beforeLast)
        return l == 0x2E && !endsWithEllipsis
    }

    var endsWithEllipsis: Bool {
        if last == 0x2026 { return true }
        return last == 0x2E && beforeLast == 0x2E
    }

    /// The last meaningful scalar, looking through one closing quote or bracket.
    var lastMeaningful: UInt32 { Self.unquote(last, beforeLast) }

    static func unquote(_ last: UInt32, _ before: UInt32) -> UInt32 {
        switch last {
        case 0x22, 0x27, 0xBB, 0x201D, 0x2019, 0x201C, 0x29: return before
        default: return last
        }
    }
}

/// A 64 Ki-bit filter of word-prefix hashes, with the set of prefix lengths it holds.
struct StemFilter: Sendable {
    var bits: [UInt64]
    var lengthMask: UInt64
    var exact: FastMap<UInt8>

    static let none = StemFilter([])

    init(_ stems: [(String, UInt8)]) {
        bits = [UInt64](repeating: 0, count: 1024)
        lengthMask = 0
        exact = FastMap()
        for (stem, tag) in stems {
            for token in BoilerplateFold.foldedScalars(stem) {
                guard token.count < 64 else { continue }
                let h = BoilerplateFold.hash(token)
                exact[h] = tag
                lengthMask |= 1 << UInt64(token.count)
                bits[Int(h & 0xFFFF) >> 6] |= 1 << (h & 63)
            }
        }
    }

    /// Whether some word of `text` starts with one of the stems: a light pass (no tokens kept) for long
    /// paragraphs.
    func occurs(in text: String) -> Bool {
        let tb = BoilerplateFold.table
        let limitTable = BoilerplateFold.tableLimit
        var h = BoilerplateFold.fnvBasis
        var n = 0
        for s in text.unicodeScalars {
            let v = s.value
            let f: UInt32, letter: Bool
            if v < limitTable {
                let e = tb[Int(v)]
                f = e & 0x1F_FFFF
                letter = (e >> 24) & 3 == 1
            } else {
                let x = BoilerplateFold.info4(v)
                f = x.folded; letter = x.cls == .letter
            }
            if letter {
                h = BoilerplateFold.mix(h, f)
                n &+= 1
                if n < 64, lengthMask & (1 << UInt64(n)) != 0, bits[Int(h & 0xFFFF) >> 6] & (1 << (h & 63)) != 0, exact[h] != nil {
                    return true
                }
            } else if n != 0 {
                h = BoilerplateFold.fnvBasis; n = 0
            }
        }
        return false
    }

    @inline(__always)
    func mayContain(_ h: UInt64) -> Bool { bits[Int(h & 0xFFFF) >> 6] & (1 << (h & 63)) != 0 && exact[h] != nil }

    /// Tags of the stems that prefix word token `i` of a scan.
    func tags(in scan: LineScan, token i: Int) -> [UInt8] {
        var out: [UInt8] = []
        var h = BoilerplateFold.fnvBasis
        var n = 0
        for v in scan.scalars(i) {
            h = BoilerplateFold.mix(h, v); n += 1
            if n < 64, lengthMask & (1 << UInt64(n)) != 0, let t = exact[h] { out.append(t) }
        }
        return out
    }
}

/// Multi-word keyword phrases, looked up by the hash of their first token.
struct PhraseTable: Sendable {
    struct Phrase: Sendable {
        var hashes: [UInt64]
        var tag: UInt16
        var mode: UInt8
    }
    private var byFirst: [UInt64: [Phrase]] = [:]
    /// Built from `byFirst`: phrases grouped by first hash, longest first; the map holds start << 16 | count.
    private var flat: [Phrase] = []
    private var index = FastMap<UInt32>()

    init() {}

    mutating func add(_ list: String, tag: UInt16, mode: UInt8) {
        for item in list.split(separator: "|") {
            let hashes = BoilerplateFold.tokenHashes(String(item))
            guard let first = hashes.first else { continue }
            byFirst[first, default: []].append(Phrase(hashes: hashes, tag: tag, mode: mode))
        }
        flat = []
        index = FastMap()
        for (h, list) in byFirst {
            index[h] = UInt32(flat.count) << 16 | UInt32(min(list.count, 0xFFFF))
            flat.append(contentsOf: list.enumerated().sorted { a, b in
                a.element.hashes.count != b.element.hashes.count ? a.element.hashes.count > b.element.hashes.count : a.offset < b.offset
            }.map(\.element))
        }
    }

    /// Phrases starting at token `i` of `scan` (all its tokens match consecutively), longest first.
    func matches(in scan: LineScan, at i: Int) -> [Phrase] {
        var out: [Phrase] = []
        forEachMatch(in: scan, at: i) { out.append($0); return true }
        return out
    }

    /// Calls `body` with each phrase starting at token `i`, longest first, while it returns true.
    @inline(__always)
    func forEachMatch(in scan: LineScan, at i: Int, _ body: (Phrase) -> Bool) {
        guard i < scan.tokens.count, let packed = index[scan.tokens[i].hash] else { return }
        let start = Int(packed >> 16), count = Int(packed & 0xFFFF)
        for p in flat[start..<(start + count)] where i + p.hashes.count <= scan.tokens.count {
            var ok = true
            var k = 1
            while k < p.hashes.count {
                if scan.tokens[i + k].hash != p.hashes[k] { ok = false; break }
                k += 1
            }
            if ok && !body(p) { return }
        }
    }

    /// The first phrase starting at token `i`, longest first.
    func firstMatch(in scan: LineScan, at i: Int) -> Phrase? {
        var found: Phrase?
        forEachMatch(in: scan, at: i) { found = $0; return false }
        return found
    }

    @inline(__always)
    func contains(first h: UInt64) -> Bool { index.contains(h) }
}

/// An open-addressing map from (already well-mixed) 64-bit hashes to values: much cheaper to probe than
/// `Dictionary`, whose SipHash dominates keyword lookups.
struct FastMap<V: Sendable>: Sendable, Sequence {
    private var keys: [UInt64] = [UInt64](repeating: 0, count: 16)
    private var vals: [V?] = [V?](repeating: nil, count: 16)
    private var used = 0

    init() {}

    @inline(__always)
    private static func slot(_ k: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    subscript(_ key: UInt64) -> V? {
        get {
            let k = key == 0 ? 1 : key
            let mask = keys.count - 1
            var i = Self.slot(k, mask)
            while true {
                let x = keys[i]
                if x == k { return vals[i] }
                if x == 0 { return nil }
                i = (i + 1) & mask
            }
        }
        set {
            let k = key == 0 ? 1 : key
            if (used + 1) * 2 > keys.count { grow() }
            let mask = keys.count - 1
            var i = Self.slot(k, mask)
            while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
            if keys[i] == 0 { keys[i] = k; used += 1 }
            vals[i] = newValue
        }
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { self[key] != nil }

    private mutating func grow() {
        let oldKeys = keys, oldVals = vals
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        vals = [V?](repeating: nil, count: oldKeys.count * 2)
        used = 0
        let mask = keys.count - 1
        for (k, v) in zip(oldKeys, oldVals) where k != 0 {
            var i = Self.slot(k, mask)
            while keys[i] != 0 { i = (i + 1) & mask }
            keys[i] = k; vals[i] = v; used += 1
        }
    }

    func makeIterator() -> AnyIterator<(key: UInt64, value: V)> {
        var i = 0
        let keys = self.keys, vals = self.vals
        return AnyIterator {
            while i < keys.count {
                defer { i += 1 }
                if keys[i] != 0, let v = vals[i] { return (keys[i], v) }
            }
            return nil
        }
    }
}

/// A set of 64-bit hashes on `FastMap`.
struct FastSet: Sendable {
    private var map = FastMap<Bool>()
    init() {}
    init<S: Sequence>(_ s: S) where S.Element == UInt64 { for h in s { map[h] = true } }
    mutating func insert(_ h: UInt64) { map[h] = true }
    mutating func formUnion(_ other: FastSet) { for (k, _) in other.map { map[k] = true } }
    @inline(__always) func contains(_ h: UInt64) -> Bool { map[h] != nil }
}

/// The growable scalar buffer of a `LineScan` (a class so that the scan loop writes through a plain
/// pointer, without array uniqueness checks).
final class ScalarStorage {
    private(set) var pointer: UnsafeMutablePointer<UInt32>
    private var capacity: Int

    init() {
        capacity = 1024
        pointer = .allocate(capacity: capacity)
    }

    func reserve(_ n: Int) {
        guard n > capacity else { return }
        pointer.deallocate()
        capacity = max(n, capacity * 2)
        pointer = .allocate(capacity: capacity)
    }

    deinit { pointer.deallocate() }
}
