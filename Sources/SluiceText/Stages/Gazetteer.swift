import Foundation

/// The curated entities (`Resources/gazetteer.json`) plus every country's name in ~40 languages from CLDR,
/// indexed by the folded hash of each alias's first word. Built once per process.
struct Gazetteer: Sendable {
    struct Entity: Sendable {
        var name: String
        var kind: String
    }

    struct AliasToken: Sendable {
        var hash: UInt64
        /// Stem shared by inflected forms (0: none).
        var stem: UInt64
        /// A second, longer stem where the word has two removable endings (0: none).
        var stem2: UInt64 = 0
        /// The alias writes this word capitalised: the article must too.
        var needsCapital: Bool
        /// An acronym: matched only whole and in capitals (UN, AP, ООН).
        var acronym: Bool
    }

    struct Alias: Sendable {
        var entity: Int
        /// Its words: `aliasTokens[tokenStart..<tokenStart + tokenCount]`.
        var tokenStart: Int
        var tokenCount: Int
        /// Languages (bits of `languages`) it applies to; all bits set for every language.
        var languages: UInt64
        /// A surname standing alone: subject to the adjacency guards.
        var surname: Bool
        /// A surname many other people share: a capitalised given name before it means someone else.
        var ambiguous: Bool
        /// An adjective or demonym ("russisk"): it names the country only where the country is named too.
        var demonym = false
    }

    /// The languages CLDR names are taken from, and whose bits restrict aliases.
    static let languages: [String] = [
        "en", "de", "fr", "es", "it", "pt", "nl", "sv", "nb", "nn", "da", "fi", "et", "lv", "lt", "pl", "cs", "sk",
        "sl", "hr", "bs", "sr", "sr-Latn", "hu", "ro", "bg", "mk", "ru", "uk", "be", "tr", "az", "ka", "hy", "sq",
        "el", "is", "ga", "kk", "uz", "ca", "lb",
    ]
    static let everyLanguage: UInt64 = .max

    static func bit(_ language: String) -> UInt64 {
        let code = language == "no" ? "nb" : language.replacingOccurrences(of: "_", with: "-")
        if let index = languages.firstIndex(of: code) { return 1 << UInt64(index) }
        if let dash = code.firstIndex(of: "-"), let index = languages.firstIndex(of: String(code[..<dash])) {
            return 1 << UInt64(index)
        }
        return 0
    }

    /// The language bits an article in `language` reads aliases with: its cluster plus English.
    static func mask(for language: String?) -> UInt64 {
        guard let language else { return everyLanguage }
        if let known = masks[language] { return known }
        return computeMask(language)
    }

    static let masks: [String: UInt64] = Dictionary(
        uniqueKeysWithValues: (languages + ["no", "sr_Latn", "sr-Cyrl", "az-Latn"]).map { ($0, computeMask($0)) })

    private static func computeMask(_ language: String) -> UInt64 {
        var mask = bit("en")
        for code in Inflection.cluster(language) { mask |= bit(code) }
        mask |= bit(language)
        return mask
    }

    var entities: [Entity] = []
    var aliases: [Alias] = []
    /// The countries (CLDR regions).
    var countries: Set<Int> = []
    var aliasTokens: [AliasToken] = []
    /// First-word hash → alias numbers; the low bit says whether the key is the word's stem.
    var index = HashPostings([UInt64: [Int]]())
    /// The languages of each posting's alias, in `index.postings` order: a first word shared by many
    /// aliases (CLDR names in 42 languages) is filtered by language without touching `aliases`.
    var postingLanguages: [UInt64] = []
    /// Folded hashes of words that are never given names (titles, function words, months…).
    var stopwords = HashPostings(Set<UInt64>())
    /// Lowercase name particles that may sit inside an unknown name (de, van, von, bin…).
    var particles = HashPostings(Set<UInt64>())
    /// Folded hashes of words that make a neighbouring place name a sports club's (FK, FC, klub, клуб…).
    var clubMarkers = HashPostings(Set<UInt64>())
    /// Folded hashes of words naming an administrative district (district, rajon, okrug, okres, район…).
    var districtMarkers = HashPostings(Set<UInt64>())
    /// Folded hash of a compound head ("Kreml" of `Kremlchef`, "Russland" of `Russlandreise`) → its entity and
    /// the languages (as `Int(bitPattern:)`) whose compounds it heads, in pairs.
    var compoundHeads = HashPostings([UInt64: [Int]]())
    /// The longest compound head, in folded scalars.
    var compoundHeadMaxLength = 0
    /// A town's entity → its district's ("Aghdam" → "Aghdam District"), where the gazetteer has both.
    var districtOf: [Int: Int] = [:]
    /// An organisation → the country its English name names ("Ministry of Foreign Affairs (Armenia)" → "Armenia").
    var homeCountryOf: [Int: Int] = [:]
    /// How long building took, in seconds.
    var buildSeconds: Double = 0

    static let shared: Gazetteer = {
        let started = DispatchTime.now().uptimeNanoseconds
        var gazetteer = Gazetteer()
        guard let url = Bundle.module.url(forResource: "gazetteer", withExtension: "json", subdirectory: "Resources") else {
            fatalError("SluiceText: Resources/gazetteer.json is missing from the bundle")
        }
        do {
            let data = try Data(contentsOf: url)
            let file = try JSONDecoder().decode(File.self, from: data)
            gazetteer.load(file)
        } catch {
            fatalError("SluiceText: Resources/gazetteer.json is unreadable: \(error)")
        }
        gazetteer.buildSeconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return gazetteer
    }()

    // MARK: The data file

    struct File: Decodable {
        struct Item: Decodable {
            var name: String
            var kind: String
            var aliases: [String]?
            /// Surnames that may stand alone for the person.
            var surnames: [String]?
            /// Surnames that may stand alone but that other people share.
            var ambiguousSurnames: [String]?
            /// Place or organisation names that are also given names (Sofia, София): kept apart like surnames,
            /// not taken when another capitalised name follows ("Sofia Goggia").
            var personLike: [String]?
            /// Adjectives and demonyms ("Russian", "russisk", "российский"), usually `lang|form`; matched in
            /// either case, with the language's endings.
            var demonyms: [String]?
            /// Forms that open compounds naming the entity, `lang,lang|Form` ("de|Kreml" for `Kremlchef`).
            var compoundHeads: [String]?
        }
        var entities: [Item]
        var stopwords: [String]
        var particles: [String]
        /// CLDR English name → English Wikipedia title, where they differ.
        var countryTitles: [String: String]
        /// ISO codes whose CLDR names are skipped (not countries, or names that are common words).
        var skipRegions: [String]
        /// Words that make a neighbouring place name a sports club's name ("FK", "FC", "klub").
        var clubMarkers: [String]?
        /// Words that make a neighbouring town's name its district's ("okrožje Agdam", "Kalbajar rayonu").
        var districtMarkers: [String]?
    }

    private mutating func load(_ file: File) {
        var byName: [String: Int] = [:]
        var seen: [String: Int] = [:]
        var index: [UInt64: [Int]] = [:]
        func entity(_ name: String, _ kind: String) -> Int {
            if let id = byName[name] { return id }
            entities.append(Entity(name: name, kind: kind))
            byName[name] = entities.count - 1
            return entities.count - 1
        }
        var tokenizer = EntityTokenizer()
        func add(_ raw: String, entity id: Int, languages fixed: UInt64? = nil, surname: Bool = false, ambiguous: Bool = false, demonym: Bool = false) {
            var text = raw
            var languages = fixed ?? Self.everyLanguage
            if let bar = raw.firstIndex(of: "|") {
                let spec = raw[..<bar]
                text = String(raw[raw.index(after: bar)...])
                let negative = spec.hasPrefix("!")
                var bits: UInt64 = 0
                for code in spec.drop(while: { $0 == "!" }).split(separator: ",") { bits |= Self.bit(String(code)) }
                languages = negative ? ~bits : bits
            }
            tokenizer.tokenize(Array(text.unicodeScalars), suffixes: Inflection.none)
            guard !tokenizer.tokens.isEmpty else { return }
            // A lone letter is no name: CLDR's Belarusian/Ukrainian "В’етнам" tokenizes to "В" plus an
            // apostrophe suffix, which would tag every Russian sentence starting with "В" as Vietnam.
            if tokenizer.tokens.count == 1 && tokenizer.tokens[0].foldLength < 2 { return }
            let tokens = tokenizer.tokens.map { t -> AliasToken in
                let folded = Array(tokenizer.fold[t.foldStart..<t.foldEnd])
                let acronym = t.allCaps && folded.count <= 6
                let stems = acronym ? [] : Inflection.aliasStems(folded).map { EntityFold.hash($0) }
                return AliasToken(
                    hash: t.hash, stem: stems.first ?? 0, stem2: stems.count > 1 ? stems[1] : 0,
                    needsCapital: t.upperInitial, acronym: acronym)
            }
            // Acronym-ness is part of the key: "Nato" must not merge into "NATO" and inherit its all-capitals rule.
            let key = "\(id)|\(tokens.map { String($0.hash) }.joined(separator: " "))|\(tokens.map(\.needsCapital))|\(tokens.map(\.acronym))|\(surname)|\(demonym)"
            if let existing = seen[key] {
                aliases[existing].languages |= languages
                return
            }
            seen[key] = aliases.count
            aliases.append(
                Alias(
                    entity: id, tokenStart: aliasTokens.count, tokenCount: tokens.count, languages: languages,
                    surname: surname, ambiguous: ambiguous, demonym: demonym))
            aliasTokens.append(contentsOf: tokens)
            let number = aliases.count - 1
            index[tokens[0].hash, default: []].append(number << 1)
            if tokens[0].stem != 0 { index[tokens[0].stem, default: []].append(number << 1 | 1) }
            if tokens[0].stem2 != 0 { index[tokens[0].stem2, default: []].append(number << 1 | 1) }
        }

        var heads: [UInt64: [Int]] = [:]
        for item in file.entities {
            let id = entity(item.name, item.kind)
            for head in item.compoundHeads ?? [] {
                guard let bar = head.firstIndex(of: "|") else { continue }
                var bits: UInt64 = 0
                for code in head[..<bar].split(separator: ",") { bits |= Self.bit(String(code)) }
                let folded = EntityFold.fold(String(head[head.index(after: bar)...]))
                heads[EntityFold.hash(folded), default: []].append(contentsOf: [id, Int(bitPattern: UInt(bits))])
                compoundHeadMaxLength = max(compoundHeadMaxLength, folded.count)
            }
            if !(item.personLike ?? []).contains(item.name) { add(item.name, entity: id) }
            for alias in item.aliases ?? [] { add(alias, entity: id) }
            for alias in item.surnames ?? [] { add(alias, entity: id, surname: true) }
            if item.kind == "person" {
                // Other transliteration conventions of the English spelling (Pashinyan → Pasjinjan, …).
                for alias in item.aliases ?? [] where !alias.contains("|") {
                    for variant in GazetteerTransliteration.variants(of: alias) { add(variant, entity: id) }
                }
                for alias in item.surnames ?? [] where !alias.contains("|") {
                    for variant in GazetteerTransliteration.variants(of: alias) { add(variant, entity: id, surname: true) }
                }
            }
            for alias in item.ambiguousSurnames ?? [] { add(alias, entity: id, surname: true, ambiguous: true) }
            for alias in item.personLike ?? [] { add(alias, entity: id, surname: true) }
            for alias in item.demonyms ?? [] { add(alias, entity: id, demonym: true) }
        }

        // Countries from CLDR, for every language in `languages`.
        let skip = Set(file.skipRegions)
        let regions = Locale.Region.isoRegions.map(\.identifier).filter { $0.count == 2 && !skip.contains($0) }
        let english = Locale(identifier: "en")
        let locales = Self.languages.map { ($0, Locale(identifier: $0.replacingOccurrences(of: "-", with: "_"))) }
        for code in regions {
            guard let englishName = english.localizedString(forRegionCode: code) else { continue }
            let title = file.countryTitles[englishName] ?? englishName
            let id = entity(title, "place")
            countries.insert(id)
            for (language, locale) in locales {
                guard var name = locale.localizedString(forRegionCode: code), name != code else { continue }
                if let paren = name.firstIndex(of: "(") { name = String(name[..<paren]).trimmingCharacters(in: .whitespaces) }
                if name.contains("&") || name.contains(",") { continue }
                add(name, entity: id, languages: Self.bit(language))
            }
        }
        self.index = HashPostings(index)
        compoundHeads = HashPostings(heads)
        postingLanguages = self.index.postings.map { aliases[$0 >> 1].languages }
        stopwords = HashPostings(Set(file.stopwords.map { EntityFold.hash(EntityFold.fold($0)) }))
        districtMarkers = HashPostings(Set((file.districtMarkers ?? []).map { EntityFold.hash(EntityFold.fold($0)) }))
        for (name, id) in byName {
            if let district = byName[name + " District"] { districtOf[id] = district }
        }
        // The country an organisation's English name names: "Ministry of Foreign Affairs (Armenia)", "Central
        // Bank of the Republic of Turkey" (not "Polish Press Agency", "Norges Bank").
        // The first run of one to four words that is a country's name, left to right.
        var countryByName: [String: Int] = [:]
        for id in countries { countryByName[entities[id].name] = id }
        for (id, entity) in entities.enumerated() where entity.kind == "organization" {
            let words = entity.name.split { !($0.isLetter || $0.isNumber || $0 == "-") }
            search: for start in words.indices {
                for end in start..<min(start + 4, words.count) {
                    if let country = countryByName[words[start...end].joined(separator: " ")] {
                        homeCountryOf[id] = country
                        break search
                    }
                }
            }
        }
        clubMarkers = HashPostings(Set((file.clubMarkers ?? []).map { EntityFold.hash(EntityFold.fold($0)) }))
        particles = HashPostings(Set(file.particles.map { EntityFold.hash(EntityFold.fold($0)) }))
    }
}
