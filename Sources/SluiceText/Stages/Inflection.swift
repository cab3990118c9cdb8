import Foundation

/// Case and diacritic folding on Unicode scalars, and the hashes the entity index is keyed by.
///
/// Folding lowercases, strips diacritics (ā → a, ğ → g, й → и, ї → і), and maps the few letters without a
/// canonical decomposition that transliterations swap freely (ı → i, ə → e, ł → l, ø → o, đ → d). Both
/// gazetteer aliases and article tokens go through the same fold, so "Erdoğan" and "Erdogan", "Maskavā" and
/// "Maskava", "Bakı" and "Baki" meet.
enum EntityFold {
    /// Folded value per scalar below `limit`; 0 means "drop" (a combining mark).
    static let limit: UInt32 = 0x2000
    static let table: [UInt32] = {
        var table = [UInt32](repeating: 0, count: Int(limit))
        for v in 0..<limit { table[Int(v)] = v }
        let ranges: [ClosedRange<UInt32>] = [
            0x41...0x5A, 0xC0...0x24F, 0x370...0x3FF, 0x400...0x52F, 0x531...0x58F,
            0x10A0...0x10FF, 0x1C90...0x1CBF, 0x1E00...0x1EFF,
        ]
        for range in ranges {
            for v in range {
                guard let scalar = Unicode.Scalar(v) else { continue }
                let decomposed = String(scalar).lowercased().decomposedStringWithCanonicalMapping
                if let base = decomposed.unicodeScalars.first(where: { $0.properties.generalCategory != .nonspacingMark }) {
                    table[Int(v)] = base.value
                }
            }
        }
        for v in UInt32(0x300)...0x36F { table[Int(v)] = 0 }  // combining diacritics
        let specials: [(UInt32, Character)] = [
            (0x131, "i"), (0x130, "i"), (0x141, "l"), (0x142, "l"), (0xD8, "o"), (0xF8, "o"), (0x110, "d"),
            (0x111, "d"), (0x126, "h"), (0x127, "h"), (0x18F, "e"), (0x259, "e"), (0x1DD, "e"), (0x13F, "l"),
            (0x140, "l"),
        ]
        for (v, c) in specials { table[Int(v)] = c.unicodeScalars.first!.value }
        return table
    }()

    /// Appends the folded form of `s` to `out`.
    @inline(__always)
    static func append(_ s: Unicode.Scalar, to out: inout [UInt32]) {
        let v = s.value
        if v < 0x80 {
            out.append(v >= 0x41 && v <= 0x5A ? v + 0x20 : v)
        } else if v < limit {
            if v == 0x587 {  // Armenian ligature և = ե + ւ
                out.append(0x565)
                out.append(0x582)
                return
            }
            let f = table[Int(v)]
            if f != 0 { out.append(f) }
        } else if !(0xFE00...0xFE0F).contains(v) && v != 0x200D && v != 0x200C && v != 0xAD {
            out.append(v)
        }
    }

    /// The folded form of a string, as scalar values.
    static func fold(_ s: String) -> [UInt32] {
        var out: [UInt32] = []
        for scalar in s.unicodeScalars { append(scalar, to: &out) }
        return out
    }

    static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// FNV-1a over folded scalar values.
    static func hash(_ values: [UInt32]) -> UInt64 { hash(values, 0..<values.count) }

    static func hash(_ values: ArraySlice<UInt32>) -> UInt64 { hash(Array(values)) }

    @inline(__always)
    static func hash(_ values: [UInt32], _ range: Range<Int>) -> UInt64 {
        var h = basis
        for i in range { h = (h ^ UInt64(values[i])) &* prime }
        return h
    }

    /// A string from a run of scalars (UTF-8 encoded by hand: the generic `UnicodeScalarView` append is slow).
    static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count * 2)
        for i in range {
            let v = scalars[i].value
            if v < 0x80 {
                bytes.append(UInt8(v))
            } else if v < 0x800 {
                bytes.append(UInt8(0xC0 | v >> 6)); bytes.append(UInt8(0x80 | v & 0x3F))
            } else if v < 0x10000 {
                bytes.append(UInt8(0xE0 | v >> 12)); bytes.append(UInt8(0x80 | v >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | v & 0x3F))
            } else {
                bytes.append(UInt8(0xF0 | v >> 18)); bytes.append(UInt8(0x80 | v >> 12 & 0x3F))
                bytes.append(UInt8(0x80 | v >> 6 & 0x3F)); bytes.append(UInt8(0x80 | v & 0x3F))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Decodes UTF-8 into `out` (replacing its contents); far cheaper than iterating `unicodeScalars`.
    static func scalars(of text: String, into out: inout [Unicode.Scalar]) {
        var text = text
        text.withUTF8 { bytes in
            let n = bytes.count
            out = [Unicode.Scalar](unsafeUninitializedCapacity: max(n, 1)) { buffer, count in
                var i = 0, o = 0
                while i < n {
                    let b0 = UInt32(bytes[i])
                    var v: UInt32
                    if b0 < 0x80 {
                        v = b0; i += 1
                    } else if b0 < 0xE0 && i + 1 < n {
                        v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2
                    } else if b0 < 0xF0 && i + 2 < n {
                        v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
                    } else if i + 3 < n {
                        v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                            | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    } else {
                        v = 0xFFFD; i += 1
                    }
                    buffer.initializeElement(at: o, to: Unicode.Scalar(v) ?? "\u{FFFD}")
                    o += 1
                }
                count = o
            }
        }
    }

}

/// Per-language inflection: which endings may be stripped from an article token to reach a stem, and which
/// nominative endings an alias loses to form its own stem.
///
/// Matching is deliberately symmetric but asymmetric in power: an article token matches an alias when the
/// token itself, or the token minus one listed ending, equals the alias or the alias's stem. The stem of a
/// stripped token must keep at least `minimumStem` scalars, so short words never reach an alias by accident
/// ("Çine" → "Çin" is refused), and whole tokens are compared, so "Rasputin" never contains "Putin".
enum Inflection {
    /// The shortest stem a stripped ending may leave.
    static let minimumStem = 4

    /// A set of folded endings, by hash, with the longest length.
    struct Suffixes: Sendable {
        var hashes: HashPostings
        var maxLength = 0
        /// The lengths (bit n: n scalars) of the endings by their last scalar (`byLast`, one-scalar endings)
        /// and last two (`byLastTwo`), each folded into 256 slots: a word is hashed only at the lengths where
        /// one of its endings may be listed (a shared slot may offer a length for nothing, never hide one).
        private var byLast = [UInt64](repeating: 0, count: 256)
        private var byLastTwo = [UInt64](repeating: 0, count: 256)

        init(_ lists: [[String]]) {
            var set: Set<UInt64> = []
            for list in lists {
                for suffix in list {
                    let folded = EntityFold.fold(suffix)
                    guard !folded.isEmpty else { continue }
                    set.insert(EntityFold.hash(folded))
                    maxLength = max(maxLength, folded.count)
                    precondition(folded.count < 64, "ending too long: \(suffix)")
                    let last = folded[folded.count - 1]
                    if folded.count == 1 {
                        byLast[Self.slot(last)] |= 1 << 1
                    } else {
                        byLastTwo[Self.slot(last, folded[folded.count - 2])] |= 1 << UInt64(folded.count)
                    }
                }
            }
            hashes = HashPostings(set)
        }

        /// The lengths (bit n: n scalars) at which an ending of the folded word `fold[..<end]` (two scalars
        /// or more) may be listed.
        @inline(__always)
        func possibleLengths(_ fold: [UInt32], end: Int) -> UInt64 {
            let last = fold[end - 1]
            return byLast[Self.slot(last)] | byLastTwo[Self.slot(last, fold[end - 2])]
        }

        @inline(__always)
        private static func slot(_ last: UInt32) -> Int { Int(truncatingIfNeeded: last & 0xFF) }

        @inline(__always)
        private static func slot(_ last: UInt32, _ beforeLast: UInt32) -> Int {
            Int(truncatingIfNeeded: ((UInt64(last) << 32 | UInt64(beforeLast)) &* 0x9E37_79B9_7F4A_7C15) >> 56)
        }
    }

    // MARK: Article-side endings (case, number, definiteness), per language.

    static let endings: [String: [String]] = [
        "lv": ["s", "š", "a", "am", "u", "ā", "as", "ai", "ei", "e", "es", "ē", "ēm", "i", "is", "im", "os", "o", "us", "iem", "ām", "um", "ij", "ija", "ijā", "ijas"],
        "lt": ["as", "o", "ui", "a", "ą", "u", "e", "ę", "is", "io", "iui", "į", "i", "yje", "ys", "ų", "ams", "ai", "oje", "ėje", "ės", "os", "ose", "uose", "s", "iu", "ia", "ių", "ijos", "ijoje", "iją", "ija", "e"],
        "et": ["s", "st", "sse", "l", "lt", "le", "ks", "ni", "na", "ta", "ga", "i", "d", "t", "e", "a", "u", "iga", "ile", "il", "ilt", "is", "ist", "isse", "iks", "ini", "ina", "ita", "id", "it"],
        "fi": ["n", "a", "ä", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "na", "nä", "in", "iin", "ta", "tä", "ille", "illa", "ilta", "issa", "ista", "iin", "ia", "ja", "an", "en", "on"],
        "hu": ["t", "ot", "at", "et", "öt", "nak", "nek", "val", "vel", "ban", "ben", "ba", "be", "ból", "ből", "ról", "ről", "ra", "re", "on", "en", "ön", "hoz", "hez", "höz", "tól", "től", "nál", "nél", "ig", "ért", "ként", "ul", "ül", "nal", "nel", "mal", "mel", "ral", "rel", "lal", "lel", "sal", "sel", "tal", "tel", "gal", "gel", "dal", "del", "kal", "kel", "ja", "je", "n", "i", "ba", "be", "ban", "ben"],
        "de": ["s", "es", "ns", "n", "e", "en", "er", "em"],
        "nl": ["s", "e"],
        "lb": ["s"],
        "sv": ["s", "en", "ens", "et", "ets", "n", "ns", "e", "a", "ere", "provinsen", "provinsens", "regionen", "regionens", "distriktet", "distriktets", "området", "områdets"],
        "nb": ["s", "en", "ens", "et", "ets", "n", "ns", "e", "a", "ere", "provinsen", "provinsens", "regionen", "regionens", "distriktet", "distriktets", "området", "områdets"],
        "nn": ["s", "en", "ens", "et", "ets", "n", "ns", "e", "a", "ere", "provinsen", "provinsens", "regionen", "regionens", "distriktet", "distriktets", "området", "områdets"],
        "da": ["s", "en", "ens", "et", "ets", "n", "ns", "e", "a", "ere", "provinsen", "provinsens", "regionen", "regionens", "distriktet", "distriktets", "området", "områdets"],
        "is": ["s", "i", "a", "u", "ar", "ur"],
        "ro": ["ul", "ului", "lui", "a", "ei", "iei", "ia", "i", "u", "le", "ele", "ui", "or", "lor"],
        "sq": ["i", "u", "a", "e", "ë", "it", "ut", "in", "un", "në", "së", "s", "ës", "t", "ët", "ën", "n", "ve", "ave", "eve", "ja", "je", "ri", "rë", "në", "në", "ës", "ës"],
        "tr": ["da", "de", "ta", "te", "dan", "den", "tan", "ten", "nda", "nde", "ndan", "nden", "nın", "nin", "nun", "nün", "ın", "in", "un", "ün", "ı", "i", "u", "ü", "a", "e", "ya", "ye", "na", "ne", "yı", "yi", "yu", "yü", "nı", "ni", "nu", "nü", "la", "le", "yla", "yle", "daki", "deki", "taki", "teki", "ndaki", "ndeki", "lar", "ler", "ları", "leri", "ların", "lerin", "ə", "də", "dən", "nə", "lə", "ilə", "yə", "nda", "ndan"],
        "ru": ["а", "я", "у", "ю", "ом", "ем", "ём", "ым", "им", "е", "и", "ы", "ой", "ей", "ою", "ею", "ого", "его", "ому", "ему", "ых", "их", "ами", "ями", "ах", "ях", "ов", "ев", "ам", "ям", "ую", "юю", "ая", "ые", "ие"],
        "uk": ["а", "я", "у", "ю", "ом", "ем", "єм", "им", "е", "є", "и", "і", "ї", "ой", "ій", "ою", "ею", "ого", "ього", "ому", "ьому", "их", "ами", "ями", "ах", "ях", "ів", "ов", "ев", "ам", "ям", "ові", "еві", "ію", "ією", "ої", "ою", "у", "ую", "ої"],
        "be": ["а", "я", "у", "ю", "ам", "ом", "ым", "ім", "е", "і", "ы", "ай", "ой", "ая", "ага", "аму", "ых", "іх", "ах", "ях", "аў"],
        "bg": ["ът", "ят", "а", "я", "та", "то", "те", "и", "ия", "ът"],
        "mk": ["от", "та", "то", "те", "ов", "ва", "а", "и"],
        "sr": ["а", "у", "ом", "ем", "е", "и", "ој", "ом", "ама", "има", "ом", "ови", "ове", "ова", "ог", "ога", "оме", "их", "им", "ју", "ја", "јем", "a", "u", "om", "em", "e", "i", "oj", "ama", "ima", "ovi", "ove", "ova", "og", "oga", "ome", "ih", "im", "ju", "ja", "jem"],
        "hr": ["a", "u", "om", "em", "e", "i", "oj", "ama", "ima", "ovi", "ove", "ova", "ju", "og", "oga", "ome", "ih", "im", "ja", "jem"],
        "bs": ["a", "u", "om", "em", "e", "i", "oj", "ama", "ima", "ovi", "ove", "ova", "ju", "og", "oga", "ome", "ih", "im", "ja", "jem"],
        "sl": ["a", "u", "om", "em", "e", "i", "o", "ov", "ih", "ama", "iji", "ijo", "ije", "ega", "emu", "im", "ju", "jo", "ja"],
        "pl": ["a", "u", "om", "em", "e", "ę", "ą", "i", "y", "ie", "ym", "im", "ego", "emu", "owi", "ów", "ach", "ami", "iem", "ji", "ją", "ję", "iu", "ii", "ej", "iej"],
        "cs": ["a", "u", "em", "e", "ě", "i", "y", "ie", "ovi", "ou", "ům", "ech", "ích", "ami", "o", "em", "ého", "ému", "ém", "ým", "ová", "ové", "ovou"],
        "sk": ["a", "u", "om", "e", "i", "y", "ie", "ovi", "ou", "ách", "och", "ami", "o", "ého", "ému", "om", "ová", "ovej", "ovú", "ovou"],
        "hy": ["ի", "ը", "ն", "ին", "ից", "ով", "ում", "ու", "ուն", "ոջ", "ներ", "ները", "ների", "ներին", "ներից", "յի", "յից", "յում", "յով", "յին", "յան", "ան", "ում", "ից", "ի"],
        "ka": ["ი", "ის", "ით", "ად", "ში", "ზე", "თან", "დან", "ისგან", "ისთვის", "მა", "მ", "ს", "ს", "ისა", "ში", "იდან", "ით", "ისკენ", "ებ", "ები", "ების", "ელი", "სა", "სთან", "სკენ", "სთვის", "ითა", "ადა", "ამდე", "ისაგან"],
        // Kazakh cases with their vowel-harmony and assimilation variants (genitive, dative, accusative,
        // locative, ablative, instrumental, attributive locative), plus Russian endings of borrowed names.
        "kk": ["а", "я", "у", "ом", "е", "ы", "и", "і", "да", "де", "та", "те", "нда", "нде", "ның", "нің", "дың", "дің",
               "тың", "тің", "ға", "ге", "қа", "ке", "на", "не", "ны", "ні", "ды", "ді", "ты", "ті", "дан", "ден", "тан",
               "тен", "нан", "нен", "мен", "бен", "пен", "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі", "сы", "сі"],
        "ky": ["а", "у", "ы", "и", "нын", "нин", "нун", "нүн", "дын", "дин", "дун", "дүн", "тын", "тин", "тун", "түн", "га", "ге", "ка", "ке", "го", "гө", "ны", "ни", "ну", "нү", "ды", "ди", "ду", "дү", "ты", "ти", "ту", "тү", "да", "де", "до", "дө", "та", "те", "то", "тө", "дан", "ден", "дон", "дөн", "тан", "тен", "тон", "төн", "нан", "нен", "дагы", "деги", "тагы", "теги"],
        "uz": ["ning", "ni", "ga", "ka", "qa", "da", "dan", "ta", "dagi", "lar", "larning", "ga", "ning", "нинг", "ни", "га", "ка", "қа", "да", "дан", "даги"],
        "el": ["ς", "α", "ου", "ο", "η", "ης", "ν", "ας", "ες", "ων", "ος", "ού", "ή", "ής", "ών", "ό"],
    ]

    /// Endings for a language code (with its script/region subtag dropped).
    static func base(_ language: String) -> String {
        if language == "sr-Latn" || language == "sr_Latn" { return "sr" }
        if let dash = language.firstIndex(where: { $0 == "-" || $0 == "_" }) { return String(language[..<dash]) }
        return language == "no" ? "nb" : language
    }

    /// Languages read together with `language`: close relatives whose names and endings a mislabelled
    /// article (nb/da, tr/az, hr/sr) may use.
    static func cluster(_ language: String) -> [String] {
        switch base(language) {
        case "nb", "nn", "da", "sv": return ["nb", "nn", "da", "sv"]
        case "tr", "az": return ["tr", "az"]
        case "hr", "bs", "sr": return ["hr", "bs", "sr", "sr-Latn"]
        case "sl": return ["sl", "hr"]
        case "ru": return ["ru", "uk", "be"]
        case "uk": return ["uk", "ru"]
        case "be": return ["be", "ru"]
        case "bg": return ["bg", "mk", "ru"]
        case "mk": return ["mk", "bg", "sr"]
        case "cs", "sk": return ["cs", "sk"]
        case let other: return [other]
        }
    }

    /// Stripping rules for every supported language, built once.
    static let byLanguage: [String: Suffixes] = {
        var out: [String: Suffixes] = [:]
        let codes = Set(endings.keys).union(["az", "sr-Latn", "no"])
        for code in codes {
            let lists = cluster(code).compactMap { endings[base($0) == "az" ? "tr" : base($0)] }
            out[code] = Suffixes(lists)
        }
        return out
    }()

    /// Every language's endings, for articles whose language is unknown.
    static let all = Suffixes(Array(endings.values))
    static let none = Suffixes([])

    static func suffixes(for language: String?) -> Suffixes {
        guard let language else { return all }
        let key = base(language)
        return byLanguage[language] ?? byLanguage[key] ?? none
    }

    // MARK: Alias-side nominative endings

    /// Endings an alias token may lose to form the stem that inflected forms share: Krievija → krievij
    /// (Krievijai), Кремль → кремл (Кремля), Нагорный → нагорн (Нагорного), პუტინი → პუტინ (პუტინმა).
    static let aliasEndings: Suffixes = Suffixes([[
        "a", "e", "i", "o", "u", "y", "s", "is", "as", "us", "ys", "es", "ë", "ja",
        "а", "я", "о", "е", "ь", "й", "ы", "и", "і", "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ій",
        "ი", "ა",
        "ος", "ες", "ας", "ης", "α", "η", "ο", "ι", "ία", "ια",
    ]])

    /// The stem of a folded alias token (its longest removable ending gone), or nil when it has no removable
    /// ending or would get too short.
    static func aliasStem(_ folded: [UInt32]) -> [UInt32]? { aliasStems(folded).first }

    /// The stems of a folded alias token: with its longest removable ending gone, and, when different, with
    /// its shortest gone. Both are needed: Нагорный loses ый (Нагорного → нагорн), but Sirija must keep its
    /// j (Siriji, Sirijo → sirij) although ja is an ending too (Krievija → Krievijai).
    static func aliasStems(_ folded: [UInt32]) -> [[UInt32]] {
        let maxLength = min(aliasEndings.maxLength, folded.count - minimumStem)
        guard maxLength >= 1 else { return [] }
        var stems: [[UInt32]] = []
        for length in stride(from: maxLength, through: 1, by: -1)
        where aliasEndings.hashes.contains(EntityFold.hash(folded, (folded.count - length)..<folded.count)) {
            stems.append(Array(folded[..<(folded.count - length)]))
        }
        return stems.count > 2 ? [stems[0], stems[stems.count - 1]] : stems
    }
}

/// Open-addressing table from a folded-word hash to a run of integers. The hot path looks up several
/// hashes per word; Swift's `Dictionary` would rehash every key with SipHash first.
struct HashPostings: Sendable {
    /// A key and its run in `postings`, side by side: a probe touches one cache line, not three arrays.
    private struct Slot {
        var key: UInt64
        var start: Int32
        var end: Int32
    }
    private var slots: [Slot] = []
    private(set) var postings: [Int] = []
    private var shift: UInt64 = 63
    /// One bit per key (eight bits per key): most words miss here, in cache, before touching `slots`.
    private var filter: [UInt64] = [0]
    private var filterShift: UInt64 = 63

    init(_ map: [UInt64: [Int]]) {
        var capacity = 8
        while capacity < map.count * 2 { capacity <<= 1 }
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        slots = [Slot](repeating: Slot(key: 0, start: 0, end: 0), count: capacity)
        var filterBits = 512
        while filterBits < map.count * 8 { filterBits <<= 1 }
        filterShift = UInt64(64 - filterBits.trailingZeroBitCount)
        filter = [UInt64](repeating: 0, count: filterBits / 64)
        for (key, values) in map {
            let k = key == 0 ? 1 : key
            let bit = Self.filterBit(k, filterShift)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
            var slot = Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while slots[slot].key != 0 { slot = (slot + 1) & (capacity - 1) }
            let start = Int32(postings.count)
            postings.append(contentsOf: values)
            slots[slot] = Slot(key: k, start: start, end: Int32(postings.count))
        }
    }

    init(_ set: Set<UInt64>) {
        self.init(Dictionary(uniqueKeysWithValues: set.map { ($0, [Int]()) }))
    }

    /// The run stored for `key`, or nil.
    @inline(__always)
    func lookup(_ key: UInt64) -> Range<Int>? {
        let k = key == 0 ? 1 : key
        let bit = Self.filterBit(k, filterShift)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        let m = slots.count - 1
        var slot = Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let found = slots[slot]
            if found.key == k { return Int(found.start)..<Int(found.end) }
            if found.key == 0 { return nil }
            slot = (slot + 1) & m
        }
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { lookup(key) != nil }

    /// The filter bit of a key: top bits of a second mix (the slot uses the golden-ratio product).
    @inline(__always)
    private static func filterBit(_ k: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: ((k ^ (k >> 29)) &* 0xBF58_476D_1CE4_E5B9) >> shift)
    }
}
