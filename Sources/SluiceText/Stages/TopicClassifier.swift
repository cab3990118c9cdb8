import Foundation
public import SluiceCore
import TOMLKit

/// Assigns topics by user-editable rules (TOML, `deploy/topics.toml`).
///
/// A rule scores entity mentions (`entity-weight` each) and keyword stems (1 each); it fires at
/// `threshold`, if every entity group has a member (else at `ungrouped-threshold`, when set) and the
/// article's language is allowed. Rules see only the kept text (never boilerplate) and the canonical
/// entity names.
public struct TopicClassifier: Sendable {
    /// One topic's rule.
    public struct Rule: Sendable, Equatable {
        public var name: String
        public var entities: Set<String>
        public var entityWeight: Int
        public var keywords: [String] {
            didSet { stems = keywords.map(Stem.init) }
        }
        public var groups: [Set<String>]
        /// The threshold when some group has no member (`ungrouped-threshold`); nil: the rule does not fire then.
        public var ungroupedThreshold: Int?
        public var languages: Set<String>?
        public var threshold: Int
        /// Topics that, when they fire, double this rule's threshold: a club named after a place makes a
        /// sports report look like news of the place.
        public var contestedBy: Set<String> = []
        /// The topic this rule reports (`topic = "…"`; default its own name): several rules may report one
        /// topic, each a different way of recognising it.
        public var topic: String
        /// `keywords`, parsed once.
        var stems: [Stem]

        public init(name: String, entities: Set<String>, entityWeight: Int, keywords: [String], groups: [Set<String>], languages: Set<String>?, threshold: Int) {
            self.name = name
            self.entities = entities
            self.entityWeight = entityWeight
            self.keywords = keywords
            self.groups = groups
            self.languages = languages
            self.threshold = threshold
            self.topic = name
            self.stems = keywords.map(Stem.init)
        }
    }

    /// A keyword as scalar values: one or more words; the last is a prefix unless the keyword ends in
    /// a space.
    struct Stem: Sendable, Equatable {
        var parts: [[UInt32]]
        var exactLast: Bool

        init(_ keyword: String) {
            exactLast = keyword.hasSuffix(" ")
            parts = keyword.lowercased().split(separator: " ").map { $0.unicodeScalars.map(\.value) }
        }
    }

    /// The rules, in file order.
    public let rules: [Rule]
    /// The words the rules' keywords may start, for indexing an article's words.
    let stemKeys: StemKeys

    /// No rules: nothing fires.
    public static let empty = TopicClassifier(rules: [])

    public init(rules: [Rule]) {
        self.rules = rules
        stemKeys = StemKeys(rules.flatMap(\.stems))
    }

    /// The first one or two scalars of every keyword: an article word whose first two scalars match
    /// none of them starts no keyword.
    struct StemKeys: Sendable {
        /// `Words.key` of stems of two or more scalars.
        private var pairs = FastSet()
        /// First scalars of one-scalar stems (any word starting with it may match).
        private var singles = FastSet()
        /// Per first scalar below `Lowercase.tableSize`: whether some stem starts with it (checked before
        /// the hash sets).
        private var firstScalars = [Bool](repeating: false, count: Lowercase.tableSize)

        init(_ stems: [Stem]) {
            for stem in stems {
                guard let first = stem.parts.first, !first.isEmpty else { continue }
                if first.count == 1 { singles.insert(UInt64(first[0])) } else { pairs.insert(Words.key(first[0], first[1])) }
                if first[0] < UInt32(Lowercase.tableSize) { firstScalars[Int(first[0])] = true }
            }
        }

        @inline(__always)
        func mayStart(_ key: UInt64) -> Bool {
            let first = key >> 32
            if first < UInt64(Lowercase.tableSize) && !firstScalars[Int(first)] { return false }
            return pairs.contains(key) || singles.contains(first)
        }
    }

    /// Parses rules from TOML.
    ///
    /// - Throws: `ConfigError` (`config-syntax`, `config-unknown-key`, `config-invalid-value`).
    public init(toml text: String, source: String) throws(ConfigError) {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError(.syntax, "\(source): \(error.description) at line \(error.source.begin.line)")
        } catch {
            throw ConfigError(.syntax, "\(source): \(error)")
        }
        for key in table.keys where key != "topics" {
            throw ConfigError(.unknownKey, "\(source): unknown key '\(key)'; rules go under [topics.NAME]")
        }
        guard let topics = table["topics"]?.table else { self.init(rules: []); return }
        var rules: [Rule] = []
        for name in topics.keys {
            guard let t = topics[name]?.table else { throw ConfigError(.invalidValue, "\(source): topics.\(name) must be a table") }
            func strings(_ key: String) throws(ConfigError) -> [String] {
                guard let value = t[key] else { return [] }
                guard let array = value.array, let list = Optional(array.compactMap { $0.string }), list.count == array.count else {
                    throw ConfigError(.invalidValue, "\(source): topics.\(name).\(key) must be an array of strings")
                }
                return list
            }
            let known: Set<String> = ["entities", "entity-weight", "keywords", "groups", "ungrouped-threshold", "languages", "threshold", "contested-by", "topic"]
            for key in t.keys where !known.contains(key) {
                throw ConfigError(.unknownKey, "\(source): unknown key 'topics.\(name).\(key)'; known: \(known.sorted().joined(separator: ", "))")
            }
            var groups: [Set<String>] = []
            if let g = t["groups"] {
                guard let outer = g.array else { throw ConfigError(.invalidValue, "\(source): topics.\(name).groups must be an array of arrays of strings") }
                for inner in outer {
                    guard let list = inner.array?.compactMap({ $0.string }), !list.isEmpty else {
                        throw ConfigError(.invalidValue, "\(source): topics.\(name).groups must be an array of non-empty arrays of strings")
                    }
                    groups.append(Set(list))
                }
            }
            let languages = try strings("languages")
            var rule = Rule(
                name: name, entities: Set(try strings("entities")), entityWeight: t["entity-weight"]?.int ?? 2,
                keywords: try strings("keywords").map { $0.lowercased() }, groups: groups,
                languages: languages.isEmpty ? nil : Set(languages), threshold: max(1, t["threshold"]?.int ?? 1))
            rule.contestedBy = Set(try strings("contested-by"))
            if let ungrouped = t["ungrouped-threshold"] {
                guard let value = ungrouped.int, value >= 1 else { throw ConfigError(.invalidValue, "\(source): topics.\(name).ungrouped-threshold must be a positive integer") }
                rule.ungroupedThreshold = value
            }
            if let topic = t["topic"] {
                guard let reported = topic.string, !reported.isEmpty else { throw ConfigError(.invalidValue, "\(source): topics.\(name).topic must be a topic name") }
                rule.topic = reported
            }
            rules.append(rule)
        }
        self.init(rules: rules)
    }

    /// Reads rules from a file.
    public static func load(file path: String) throws(ConfigError) -> TopicClassifier {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConfigError(.unreadable, "cannot read topic rules \(path): \(error.localizedDescription)")
        }
        return try TopicClassifier(toml: text, source: path)
    }

    /// The topics whose rules fire, in rule order, each once.
    public func classify(text: String, title: String?, entities: [EntityTag], language: String?) -> [String] {
        if rules.isEmpty { return [] }
        let names = Set(entities.map(\.name))
        var words: Words?
        var fired = [Bool](repeating: false, count: rules.count)
        func fires(_ rule: Rule, contested: Bool) -> Bool {
            if let languages = rule.languages, !languages.contains(language ?? "") { return false }
            var threshold = rule.threshold
            if !rule.groups.allSatisfy({ !$0.isDisjoint(with: names) }) {
                guard let ungrouped = rule.ungroupedThreshold else { return false }
                threshold = ungrouped
            }
            if contested { threshold *= 2 }
            var score = rule.entities.intersection(names).count * rule.entityWeight
            if score < threshold && !rule.keywords.isEmpty {
                if words == nil { words = Words(title.map { [$0, text] } ?? [text], keys: stemKeys) }
                score += words!.matches(rule.stems, needed: threshold - score)
            }
            return score >= threshold
        }
        // Uncontested rules first; contested ones then see which topics fired.
        for (k, rule) in rules.enumerated() where rule.contestedBy.isEmpty { fired[k] = fires(rule, contested: false) }
        let uncontested = Set(zip(rules, fired).filter(\.1).map(\.0.topic))
        for (k, rule) in rules.enumerated() where !rule.contestedBy.isEmpty {
            fired[k] = fires(rule, contested: !rule.contestedBy.isDisjoint(with: uncontested))
        }
        var topics: [String] = []
        for (rule, on) in zip(rules, fired) where on && !topics.contains(rule.topic) { topics.append(rule.topic) }
        return topics
    }

    /// The lower-cased words of a text as scalar ranges, indexed by their first two scalars.
    ///
    /// Built once per article (only when a rule needs keywords) without creating a String per word. Only
    /// words that some stem may start (`StemKeys`) are indexed: (key, word) pairs sorted by key, so a
    /// stem's candidates are one binary search away.
    struct Words {
        /// The lower-cased text's scalar values.
        let chars: [UInt32]
        /// Each word's [start, end) in `chars`, in text order.
        var words: [(start: Int, end: Int)] = []
        /// Indexed words by the key of their first two scalars, sorted by key, then by word.
        var indexed: [(key: UInt64, word: Int)] = []
        /// One bit per hashed key (and per first scalar) of the indexed words: most stems occur nowhere in
        /// an article, and this says so without a binary search.
        var present = [UInt64](repeating: 0, count: Words.presentWords)
        static let presentWords = 64

        init(_ text: String, keys: StemKeys) {
            self.init([text], keys: keys)
        }

        /// The words of `pieces` joined by newlines (a title and its text), without joining them.
        init(_ pieces: [String], keys: StemKeys) {
            var chars: [UInt32] = []
            chars.reserveCapacity(pieces.reduce(pieces.count) { $0 + $1.utf8.count })
            var words: [(start: Int, end: Int)] = []
            var indexed: [(key: UInt64, word: Int)] = []
            let table = Lowercase.table, wordTable = Lowercase.wordTable
            let limit = UInt32(Lowercase.tableSize)
            var start = -1
            for (p, piece) in pieces.enumerated() {
                if p > 0 {
                    // The newline between pieces ends a word, as in the joined text.
                    if start >= 0 {
                        Self.add(start, chars.count, chars, keys, &words, &indexed)
                        start = -1
                    }
                    chars.append(0x0A)
                }
                for scalar in piece.unicodeScalars {
                    let v = scalar.value
                    let c: UInt32, isWord: Bool
                    if v < limit {
                        c = v < 0x80 ? (v &- 0x41 < 26 ? v + 32 : v) : table[Int(v)]
                        isWord = c < limit ? wordTable[Int(c)] : Lowercase.isWordScalar(c)
                    } else {
                        c = Lowercase.map(v)
                        isWord = Lowercase.isWordScalar(c)
                    }
                    if isWord {
                        if start < 0 { start = chars.count }
                    } else if start >= 0 {
                        Self.add(start, chars.count, chars, keys, &words, &indexed)
                        start = -1
                    }
                    chars.append(c)
                }
            }
            if start >= 0 { Self.add(start, chars.count, chars, keys, &words, &indexed) }
            Self.sortByKeyThenWord(&indexed)
            self.chars = chars
            self.words = words
            self.indexed = indexed
            for (key, _) in indexed {
                Self.mark(&present, Self.presenceBit(key))
                Self.mark(&present, Self.presenceBit(key >> 32 | 1 << 63))
            }
        }

        /// The presence bit of a key (or, with the top bit set, of a first scalar alone).
        @inline(__always) static func presenceBit(_ key: UInt64) -> Int {
            Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 52)  // 12 bits: 4096
        }

        @inline(__always) static func mark(_ bits: inout [UInt64], _ bit: Int) {
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }

        @inline(__always) func mayHold(_ bit: Int) -> Bool {
            present[bit >> 6] & (1 << UInt64(bit & 63)) != 0
        }

        /// Sorts by key, equal keys keeping their words in text order. A key is two scalar values (21 bits
        /// each): with the word number below 2²² the three pack into one `UInt64` whose order is the same,
        /// sorted without a comparison closure.
        static func sortByKeyThenWord(_ indexed: inout [(key: UInt64, word: Int)]) {
            let wordBits: UInt64 = 22
            let fits = indexed.allSatisfy { $0.word < 1 << wordBits && $0.key >> 32 <= 0x1F_FFFF && $0.key & 0xFFFF_FFFF <= 0x1F_FFFF }
            guard fits else {
                indexed.sort { $0.key != $1.key ? $0.key < $1.key : $0.word < $1.word }
                return
            }
            var packed = indexed.map { ($0.key >> 32) << 43 | ($0.key & 0x1F_FFFF) << wordBits | UInt64($0.word) }
            packed.sort()
            for (k, p) in packed.enumerated() {
                indexed[k] = (key: (p >> 43) << 32 | (p >> wordBits) & 0x1F_FFFF, word: Int(p & (1 << wordBits - 1)))
            }
        }

        @inline(__always)
        private static func add(
            _ start: Int, _ end: Int, _ chars: [UInt32], _ keys: StemKeys, _ words: inout [(start: Int, end: Int)],
            _ indexed: inout [(key: UInt64, word: Int)]
        ) {
            let key = Words.key(chars[start], end - start > 1 ? chars[start + 1] : 0)
            if keys.mayStart(key) { indexed.append((key, words.count)) }
            words.append((start, end))
        }

        /// The indexed words whose key lies in `lower..<upper`, in key order.
        func indexedWords(from lower: UInt64, to upper: UInt64) -> ArraySlice<(key: UInt64, word: Int)> {
            var lo = 0, hi = indexed.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if indexed[mid].key < lower { lo = mid + 1 } else { hi = mid }
            }
            var end = lo
            while end < indexed.count && indexed[end].key < upper { end += 1 }
            return indexed[lo..<end]
        }

        static func key(_ a: UInt32, _ b: UInt32) -> UInt64 { UInt64(a) << 32 | UInt64(b) }

        /// Whether word `w` starts with `stem` (or equals it, when `exact`).
        func word(_ w: Int, matches stem: ArraySlice<UInt32>, exact: Bool) -> Bool {
            let (start, end) = words[w]
            let length = end - start
            if length < stem.count || (exact && length != stem.count) { return false }
            var i = start
            for c in stem {
                if chars[i] != c { return false }
                i += 1
            }
            return true
        }

        /// How many of `stems` occur (counting stops at `needed`): a stem matches words starting with
        /// it; a stem ending in a space matches that word exactly; a stem with inner spaces is a phrase
        /// whose words must follow each other (the last one a prefix).
        func matches(_ stems: [Stem], needed: Int) -> Int {
            var count = 0
            for stem in stems where occurs(stem) {
                count += 1
                if count >= needed { break }
            }
            return count
        }

        func occurs(_ stem: Stem) -> Bool {
            guard let first = stem.parts.first, !first.isEmpty else { return false }
            let candidates: ArraySlice<(key: UInt64, word: Int)>
            if first.count == 1 {
                guard mayHold(Words.presenceBit(UInt64(first[0]) | 1 << 63)) else { return false }
                candidates = indexedWords(from: UInt64(first[0]) << 32, to: (UInt64(first[0]) + 1) << 32)
            } else {
                let key = Words.key(first[0], first[1])
                guard mayHold(Words.presenceBit(key)) else { return false }
                candidates = indexedWords(from: key, to: key + 1)
            }
            for (_, w) in candidates {
                var ok = true
                for (k, part) in stem.parts.enumerated() {
                    let isLast = k == stem.parts.count - 1
                    guard w + k < words.count, word(w + k, matches: part[...], exact: !isLast || stem.exactLast) else { ok = false; break }
                }
                if ok { return true }
            }
            return false
        }
    }
}

/// Lower-casing and word classes of scalars from a table built once (Latin, Greek, Cyrillic, Armenian,
/// Georgian: the scripts the articles use); other scalars go through Unicode properties.
enum Lowercase {
    static let tableSize = 0x2000
    static let table: [UInt32] = (0..<UInt32(tableSize)).map { value in
        guard let scalar = Unicode.Scalar(value) else { return value }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first!.value : value
    }
    static let wordTable: [Bool] = (0..<UInt32(tableSize)).map { value in
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar == "-" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    @inline(__always)
    static func map(_ c: UInt32) -> UInt32 {
        if c < 0x80 { return c >= 0x41 && c <= 0x5A ? c + 32 : c }
        if c < UInt32(tableSize) { return table[Int(c)] }
        guard let scalar = Unicode.Scalar(c) else { return c }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first!.value : c
    }

    @inline(__always)
    static func isWordScalar(_ c: UInt32) -> Bool {
        if c < UInt32(tableSize) { return wordTable[Int(c)] }
        return Unicode.Scalar(c).map { $0.properties.isAlphabetic || $0.properties.numericType != nil } ?? false
    }
}
