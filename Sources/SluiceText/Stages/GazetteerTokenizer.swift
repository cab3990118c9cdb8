/// One word of a paragraph (or of an alias), with what the entity matcher needs to know about it.
struct EntityToken {
    /// Scalar offsets in the paragraph: the word itself, and the end including an attached suffix
    /// (`Erdoğan’ın`, `NATO-s`, `EU:n`).
    var start: Int
    var end: Int
    var fullEnd: Int
    /// Where its folded scalars sit in the tokenizer's fold buffer.
    var foldStart: Int
    var foldEnd: Int
    var upperInitial: Bool
    var lowerInitial: Bool
    var allCaps: Bool
    /// First word of the paragraph or after `.`, `!`, `?`.
    var sentenceStart: Bool
    /// Right after a colon (a caption or quote begins).
    var afterColon: Bool
    /// How it is joined to the previous word: 0 not joinable, 1 space, 2 hyphen, 3 elision apostrophe.
    var joinPrevious: UInt8
    /// Hash of the folded word.
    var hash: UInt64
    /// Stems reachable by stripping one ending, as hashes in the tokenizer's candidate buffer.
    var candidateStart: Int
    var candidateEnd: Int

    var hasSuffix: Bool { fullEnd != end }
    var foldLength: Int { foldEnd - foldStart }
}

/// Splits scalars into words once, folds them, and precomputes the stems each word may stand for.
struct EntityTokenizer {
    var tokens: [EntityToken] = []
    var fold: [UInt32] = []
    var candidates: [UInt64] = []
    private var prefix: [UInt64] = []

    init() {
        tokens.reserveCapacity(256)
        fold.reserveCapacity(2048)
        candidates.reserveCapacity(512)
        prefix.reserveCapacity(64)
    }

    /// Per-scalar classes below `EntityFold.limit`: 1 word, 2 upper, 4 lower.
    static let classes: [UInt8] = (0..<EntityFold.limit).map { v in
        guard let s = Unicode.Scalar(v) else { return 0 }
        return slowClass(s)
    }

    static func slowClass(_ s: Unicode.Scalar) -> UInt8 {
        let v = s.value
        if v == 0xA0 || v == 0xAB || v == 0xBB || v == 0xAD { return 0 }
        let p = s.properties
        var c: UInt8 = 0
        if p.isAlphabetic || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark { c |= 1 }
        if p.isUppercase || p.generalCategory == .titlecaseLetter { c |= 2 }
        if p.isLowercase { c |= 4 }
        return c
    }

    @inline(__always)
    static func scalarClass(_ s: Unicode.Scalar) -> UInt8 {
        let v = s.value
        return v < EntityFold.limit ? classes[Int(v)] : slowClass(s)
    }

    @inline(__always)
    static func isWord(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        return scalarClass(s) & 1 != 0
    }

    @inline(__always)
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "\u{02BC}" || s == "\u{2018}" || s == "`" || s == "\u{00B4}"
    }

    @inline(__always)
    static func isCyrillic(_ s: Unicode.Scalar) -> Bool { s.value >= 0x400 && s.value <= 0x52F }

    @inline(__always)
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return scalarClass(s) & 2 != 0
    }

    @inline(__always)
    static func isLower(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return scalarClass(s) & 4 != 0
    }

    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\u{A0}" || s == "\u{202F}" || s == "\u{2009}" || s == "\t"
    }

    static let elisions: Set<String> = ["qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "dell", "dall", "nell", "sull", "all", "un", "l", "d", "s", "n", "j", "m", "t", "c"]

    /// Tokenizes `scalars`, replacing the previous contents. `suffixes` decides the candidate stems.
    mutating func tokenize(_ scalars: [Unicode.Scalar], suffixes: Inflection.Suffixes) {
        // Work on locals (moved out of self, moved back at the end): appends in the loop then need no
        // uniqueness checks through self.
        var tokens = self.tokens, fold = self.fold, candidates = self.candidates, prefix = self.prefix
        self.tokens = []; self.fold = []; self.candidates = []; self.prefix = []
        defer { self.tokens = tokens; self.fold = fold; self.candidates = candidates; self.prefix = prefix }
        tokens.removeAll(keepingCapacity: true)
        fold.removeAll(keepingCapacity: true)
        candidates.removeAll(keepingCapacity: true)
        let n = scalars.count
        var i = 0
        var previousEnd = -1
        var previousHadSuffix = false
        while i < n {
            guard Self.isWord(scalars[i]) else { i += 1; continue }
            let start = i
            let foldStart = fold.count
            while i < n {
                if Self.isWord(scalars[i]) {
                    EntityFold.append(scalars[i], to: &fold); i += 1
                } else if i > start && i + 1 < n && Self.isApostrophe(scalars[i]) && Self.isCyrillic(scalars[i - 1])
                    && Self.isCyrillic(scalars[i + 1]) {
                    i += 1  // Ukrainian/Belarusian apostrophe is a letter: Об'єднаних, Аб'яднаных, В’етнам.
                } else {
                    break
                }
            }
            var end = i
            var fullEnd = i
            let baseLength = end - start
            let first = scalars[start]
            let upperInitial = Self.isUpper(first)
            var allCaps = baseLength >= 2
            if allCaps {
                for k in start..<end where Self.isLower(scalars[k]) { allCaps = false; break }
            }
            if i + 1 < n && Self.isApostrophe(scalars[i]) && Self.isWord(scalars[i + 1]) {
                let lowered = Self.isLower(first)
                let word = EntityFold.string(scalars, start..<end).lowercased()
                if (lowered && (baseLength <= 2 || Self.elisions.contains(word))) || word == "l" {
                    // French/Italian elision: the next word is a word of its own (also `L’Union` opening a sentence).
                } else if baseLength == 1 && upperInitial && Self.isUpper(scalars[i + 1]) {
                    // O'Brien, D'Alema: one name.
                    i += 1
                    while i < n && Self.isWord(scalars[i]) { EntityFold.append(scalars[i], to: &fold); i += 1 }
                    end = i
                    fullEnd = i
                } else {
                    // Turkish/Azerbaijani case suffix, English possessive.
                    var j = i + 1
                    while j < n && Self.isWord(scalars[j]) { j += 1 }
                    fullEnd = j
                    i = j
                }
            } else if allCaps && i + 1 < n && (scalars[i] == "-" || scalars[i] == ":") && Self.isLower(scalars[i + 1]) {
                // NATO-s, OSBE-së, EU:n
                var j = i + 1
                while j < n && Self.isWord(scalars[j]) && Self.isLower(scalars[j]) { j += 1 }
                if j - i - 1 <= 4 && (j == n || !Self.isWord(scalars[j])) {
                    fullEnd = j
                    i = j
                }
            } else if baseLength == 1 && upperInitial && i + 2 <= n && scalars[i] == "." && i + 1 < n
                && Self.isUpper(scalars[i + 1]) && (i + 2 == n || !Self.isWord(scalars[i + 2])) {
                // U.S., U.K., U.N.
                while i + 1 < n && scalars[i] == "." && Self.isUpper(scalars[i + 1]) && (i + 2 == n || !Self.isWord(scalars[i + 2])) {
                    EntityFold.append(scalars[i + 1], to: &fold)
                    i += 2
                }
                if i < n && scalars[i] == "." { i += 1 }
                end = i
                fullEnd = i
                allCaps = true
            }

            // How it joins the previous word.
            var join: UInt8 = 0
            if previousEnd >= 0 && !previousHadSuffix {
                let gap = start - previousEnd
                if gap == 1 {
                    let s = scalars[previousEnd]
                    if Self.isSpace(s) { join = 1 } else if s == "-" || s == "\u{2010}" || s == "\u{2011}" { join = 2 } else if Self.isApostrophe(s) { join = 3 }
                } else if gap == 2 && Self.isSpace(scalars[previousEnd]) && Self.isSpace(scalars[previousEnd + 1]) {
                    join = 1
                }
            }
            // Sentence position.
            var k = start - 1
            while k >= 0 {
                let s = scalars[k]
                if Self.isSpace(s) || s == "\"" || s == "\u{201C}" || s == "\u{201D}" || s == "\u{201E}" || s == "\u{AB}"
                    || s == "\u{BB}" || s == "(" || s == "[" || s == "'" || s == "\u{2018}" || s == "\u{201A}" || s == "-"
                    || s == "\u{2013}" || s == "\u{2014}" || s == "*" || s == "\u{2022}" || s == "\u{2039}" || s == "\u{203A}"
                {
                    k -= 1
                } else {
                    break
                }
            }
            let sentenceStart = k < 0 || scalars[k] == "." || scalars[k] == "!" || scalars[k] == "?" || scalars[k] == "\u{2026}"
            let afterColon = k >= 0 && scalars[k] == ":"

            // Hashes: the whole word and the stems left by stripping one ending.
            let foldEnd = fold.count
            let length = foldEnd - foldStart
            if prefix.count <= length { prefix.append(contentsOf: repeatElement(0, count: length + 1 - prefix.count)) }
            var h = EntityFold.basis
            prefix[0] = h
            for q in foldStart..<foldEnd {
                h = (h ^ UInt64(fold[q])) &* EntityFold.prime
                prefix[q - foldStart + 1] = h
            }
            let candidateStart = candidates.count
            let maxStrip = min(suffixes.maxLength, length - Inflection.minimumStem)
            if maxStrip >= 1 {
                // Only the lengths at which a listed ending may end the word, shortest first.
                var lengths = suffixes.possibleLengths(fold, end: foldEnd) & (UInt64.max >> UInt64(63 - maxStrip))
                while lengths != 0 {
                    let strip = lengths.trailingZeroBitCount
                    lengths &= lengths - 1
                    let suffixHash = EntityFold.hash(fold, (foldEnd - strip)..<foldEnd)
                    if suffixes.hashes.contains(suffixHash) { candidates.append(prefix[length - strip]) }
                }
            }
            tokens.append(
                EntityToken(
                    start: start, end: end, fullEnd: fullEnd, foldStart: foldStart, foldEnd: foldEnd,
                    upperInitial: upperInitial, lowerInitial: Self.isLower(first), allCaps: allCaps,
                    sentenceStart: sentenceStart, afterColon: afterColon, joinPrevious: join, hash: h,
                    candidateStart: candidateStart, candidateEnd: candidates.count))
            previousEnd = fullEnd
            previousHadSuffix = fullEnd != end
        }
    }
}
