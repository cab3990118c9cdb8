public import SluiceCore

/// Finds people, places and organisations and gives them canonical names (English Wikipedia titles).
///
/// Each paragraph is tokenized once on its scalars; every word is folded (case, diacritics) and hashed, and
/// the stems it may stand for after losing one ending of the article's language are hashed too. Those
/// hashes are looked up in the gazetteer's first-word index; multi-word aliases are then checked word by
/// word. Guards against false hits: whole words only, a capital where the alias has one, acronyms only in
/// capitals, stems of at least four scalars, and for surnames standing alone, no other capitalised name
/// glued to them. Unknown runs of two to four capitalised words are reported as `other`.
public struct EntityTagger: Sendable {
    public init() {}

    /// Seconds the one-time gazetteer build (data file + CLDR country names) took.
    public static var buildSeconds: Double { Gazetteer.shared.buildSeconds }

    /// Entities mentioned in the kept paragraphs; mention offsets are absolute scalar offsets in the
    /// document's text.
    public func tag(_ kept: [Paragraph], language: String?) -> [EntityTag] {
        let gazetteer = Gazetteer.shared
        let mask = Gazetteer.mask(for: language)
        let suffixes = Inflection.suffixes(for: language)
        let base = language.map(Inflection.base)
        // German capitalises every noun: capitals say nothing about names there.
        let nounCapitals = base == "de" || base == "lb"
        var tokenizer = EntityTokenizer()
        var tags: [EntityTag] = []
        var entitySlot: [Int: Int] = [:]
        var otherSlot: [String: Int] = [:]
        var matched: [Bool] = []
        // Entities whose shared surname stood after someone else's given name ("Manuel Pellegrini"), and
        // those named in full: a lone surname of the first kind, never named in full, is that other person.
        var otherBearer: Set<Int> = []
        var namedInFull: Set<Int> = []
        // Entities reached by an adjective ("tyske", "украинским") and by a name: an adjective alone names nothing.
        var byDemonym: Set<Int> = []
        var byName: Set<Int> = []

        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(4096)
        for paragraph in kept {
            EntityFold.scalars(of: paragraph.text, into: &scalars)
            tokenizer.tokenize(scalars, suffixes: suffixes)
            let tokens = tokenizer.tokens
            guard !tokens.isEmpty else { continue }
            matched.removeAll(keepingCapacity: true)
            matched.append(contentsOf: repeatElement(false, count: tokens.count))

            // Headlines in Title Case: capitals carry no signal.
            var long = 0, capitalised = 0
            for t in tokens where t.foldLength >= 4 && !t.allCaps && !t.sentenceStart && !t.afterColon {
                long += 1
                if t.upperInitial { capitalised += 1 }
            }
            let titleCase = long >= 3 && capitalised * 4 >= long * 3

            func mention(_ from: Int, _ to: Int) -> EntityTag.Mention {
                let s = tokens[from].start, e = tokens[to].fullEnd
                return EntityTag.Mention(
                    text: EntityFold.string(scalars, s..<e), start: paragraph.start + s,
                    end: paragraph.start + e)
            }
            func isStop(_ t: EntityToken) -> Bool { gazetteer.stopwords.contains(t.hash) }
            func record(_ id: Int, _ m: EntityTag.Mention) {
                if let slot = entitySlot[id] {
                    tags[slot].mentions.append(m)
                } else {
                    entitySlot[id] = tags.count
                    let entity = gazetteer.entities[id]
                    tags.append(EntityTag(kind: entity.kind, name: entity.name, mentions: [m]))
                }
            }

            var i = 0
            while i < tokens.count {
                let found = match(at: i, tokens, tokenizer, gazetteer, mask)
                // "Kremlchef", "Kremlsjefen", "Russlandreise": a compound opened by a name names it.
                if found == nil, let id = compoundHead(tokens[i], tokenizer.fold, gazetteer, mask) {
                    record(id, mention(i, i))
                    namedInFull.insert(id)
                    byName.insert(id)
                    matched[i] = true
                    i += 1
                    continue
                }
                guard let (alias, length) = found else { i += 1; continue }
                let a = gazetteer.aliases[alias]
                if a.surname && !titleCase && !nounCapitals {
                    let last = tokens[i + length - 1]
                    // "Karen Mirzoyan": another given name before a shared surname.
                    if a.ambiguous && i > 0 && tokens[i].joinPrevious == 1 {
                        let p = tokens[i - 1]
                        if p.upperInitial && !p.allCaps && !matched[i - 1] && !isStop(p) && !p.hasSuffix {
                            // Also at a sentence start ("Manuel Pellegrini lamentó…"): a shared surname yields.
                            otherBearer.insert(a.entity)
                            i += 1
                            continue
                        }
                    }
                    // "Erdoğan Bayraktar", "Michel Barnier": the surname is someone's given name.
                    let n = i + length
                    if !last.hasSuffix && n < tokens.count && tokens[n].joinPrevious == 1 {
                        let q = tokens[n]
                        if q.upperInitial && !q.allCaps && !isStop(q) && match(at: n, tokens, tokenizer, gazetteer, mask) == nil {
                            i += 1
                            continue
                        }
                    }
                }
                // "Ֆրանսիայի ԱԳՆ", "МИД Франции": a bare ministry name that means one language's own country's
                // ("hy|ԱԳՆ") next to another country's name is that other country's; the home country's own
                // full name would have matched as the longer alias.
                if a.languages != Gazetteer.everyLanguage, let home = gazetteer.homeCountryOf[a.entity],
                    let other = adjacentCountry(i, length, tokens, tokenizer, gazetteer, mask), other != home
                {
                    for k in i..<(i + length) { matched[k] = true }
                    i += length
                    continue
                }
                // "FK Qarabağ", "Qarabağ FK", "клуб «Карабах»": a club named after a place is neither the place
                // nor worth a tag of its own here.
                if gazetteer.entities[a.entity].kind == "place" && nextTo(gazetteer.clubMarkers, i, length, tokens) {
                    for k in i..<(i + length) { matched[k] = true }
                    i += length
                    continue
                }
                // "okrožju Agdam", "Kalbajar rayonu": the district, not the town.
                var id = a.entity
                if !a.surname { namedInFull.insert(id) }
                if a.demonym { byDemonym.insert(id) } else { byName.insert(id) }
                if let district = gazetteer.districtOf[id], nextTo(gazetteer.districtMarkers, i, length, tokens) { id = district }
                record(id, mention(i, i + length - 1))
                // "МИД России", "Ռուսաստանի ԱԳՆ": a country named inside an organisation's name is named too.
                if length > 1 && gazetteer.entities[id].kind == "organization" {
                    // At the name's first word only where the English name names the country too ("Rusya
                    // Dışişleri Bakanlığı", "Թուրքիայի ԱԳՆ"), not in a proper name ("Polska Agencja Prasowa").
                    let from = gazetteer.homeCountryOf[id] == nil ? i + 1 : i
                    for k in from..<(i + length) {
                        // One word at most: at the first word the organisation itself is the longest match.
                        guard let inner = match(at: k, tokens, tokenizer, gazetteer, mask, maxLength: 1) else { continue }
                        let c = gazetteer.aliases[inner.alias]
                        guard !c.demonym, gazetteer.countries.contains(c.entity) else { continue }
                        record(c.entity, mention(k, k))
                        byName.insert(c.entity)
                    }
                }
                for k in i..<(i + length) { matched[k] = true }
                i += length
            }

            // Unknown capitalised names.
            guard !titleCase && !nounCapitals else { continue }
            i = 0
            while i < tokens.count {
                func candidate(_ t: EntityToken) -> Bool {
                    t.upperInitial && !t.allCaps && t.foldLength >= 2 && !isStop(t)
                }
                guard !matched[i] && candidate(tokens[i]) else { i += 1; continue }
                var j = i + 1
                while j < tokens.count && !matched[j] && tokens[j].joinPrevious == 1 && !tokens[j - 1].hasSuffix {
                    if candidate(tokens[j]) {
                        j += 1
                    } else if j + 1 < tokens.count && gazetteer.particles.contains(tokens[j].hash) && !matched[j + 1]
                        && tokens[j + 1].joinPrevious == 1 && !tokens[j].hasSuffix && candidate(tokens[j + 1])
                    {
                        j += 2  // Thomas de Waal, Ursula von der Leyen
                    } else {
                        break
                    }
                }
                var from = i
                if tokens[i].sentenceStart || tokens[i].afterColon { from += 1 }
                let count = j - from
                // Runs touching a known entity are titles or parts of it ("Turkish Foreign Ministry").
                let touches = (from > 0 && matched[from - 1] && tokens[from].joinPrevious != 0)
                    || (j < tokens.count && matched[j] && tokens[j].joinPrevious != 0)
                if count >= 2 && count <= 4 && !touches {
                    let m = mention(from, j - 1)
                    let s = tokens[from].start, e = tokens[j - 1].end
                    let name = EntityFold.string(scalars, s..<e)
                    if let slot = otherSlot[name] {
                        tags[slot].mentions.append(m)
                    } else {
                        otherSlot[name] = tags.count
                        tags.append(EntityTag(kind: "other", name: name, mentions: [m]))
                    }
                }
                i = j
            }
        }
        let dropped = otherBearer.subtracting(namedInFull).union(byDemonym.subtracting(byName))
        if dropped.isEmpty { return tags }
        let droppedNames = Set(dropped.map { gazetteer.entities[$0].name })
        return tags.filter { $0.kind == "other" || !droppedNames.contains($0.name) }
    }

    /// The country named by the single word right before or right after the words `i..<i+length`, within
    /// the same phrase (an adjective does not count).
    private func adjacentCountry(
        _ i: Int, _ length: Int, _ tokens: [EntityToken], _ tokenizer: EntityTokenizer, _ gazetteer: Gazetteer,
        _ mask: UInt64
    ) -> Int? {
        var neighbours: [Int] = []
        if i > 0 && tokens[i].joinPrevious == 1 { neighbours.append(i - 1) }
        if i + length < tokens.count && tokens[i + length].joinPrevious == 1 { neighbours.append(i + length) }
        for k in neighbours {
            guard let m = match(at: k, tokens, tokenizer, gazetteer, mask, maxLength: 1) else { continue }
            let alias = gazetteer.aliases[m.alias]
            if !alias.demonym && gazetteer.countries.contains(alias.entity) { return alias.entity }
        }
        return nil
    }

    /// The entity a capitalised compound is opened by (gazetteer `compoundHeads` of the article's languages:
    /// `Kremlchef`, `Kremlsjefen`, `Russlandreise`), or nil. At least four letters must follow the head, and
    /// not an adjective's or inhabitant's ending (`Iranerin`, `Iranische` name no place).
    private func compoundHead(_ t: EntityToken, _ fold: [UInt32], _ gazetteer: Gazetteer, _ mask: UInt64) -> Int? {
        guard t.upperInitial && !t.allCaps && !t.hasSuffix && t.foldLength >= 8 else { return nil }
        let heads = gazetteer.compoundHeads
        var h = EntityFold.basis
        for k in 0..<min(gazetteer.compoundHeadMaxLength, t.foldLength - 4) {
            h = (h ^ UInt64(fold[t.foldStart + k])) &* EntityFold.prime
            guard k >= 3, let run = heads.lookup(h) else { continue }
            let rest = t.foldStart + k + 1
            if Self.adjectiveEndings.contains(where: { ending in
                ending.count <= t.foldEnd - rest && ending.indices.allSatisfy { fold[rest + $0] == ending[$0] }
            }) { continue }
            for r in stride(from: run.lowerBound, to: run.upperBound, by: 2)
            where UInt64(UInt(bitPattern: heads.postings[r + 1])) & mask != 0 {
                return heads.postings[r]
            }
        }
        return nil
    }

    /// Endings that make a compound head an adjective or an inhabitant's name, folded.
    private static let adjectiveEndings: [[UInt32]] = ["er", "isch", "isk", "ier", "ese", "sk"].map(EntityFold.fold)

    /// Whether the words `i..<i+length` have one of `words` (FK, klub; district, okrug…) right before or
    /// after them, within the same phrase.
    private func nextTo(_ words: HashPostings, _ i: Int, _ length: Int, _ tokens: [EntityToken]) -> Bool {
        if i > 0 && tokens[i].joinPrevious != 0 && words.contains(tokens[i - 1].hash) { return true }
        let n = i + length
        return n < tokens.count && tokens[n].joinPrevious != 0 && !tokens[n - 1].hasSuffix && words.contains(tokens[n].hash)
    }

    /// The best alias starting at word `i`: the longest, then the one matching more words exactly, then the
    /// first defined; `maxLength` bounds the alias length in words.
    private func match(
        at i: Int, _ tokens: [EntityToken], _ tokenizer: EntityTokenizer, _ gazetteer: Gazetteer, _ mask: UInt64,
        maxLength: Int = .max
    ) -> (alias: Int, length: Int)? {
        let t = tokens[i]
        var best: (alias: Int, length: Int, exact: Int)? = nil
        func consider(_ entries: Range<Int>, stripped: Bool) {
            for e in entries where gazetteer.postingLanguages[e] & mask != 0 {
                let entry = gazetteer.index.postings[e]
                let number = entry >> 1
                let isStem = entry & 1 == 1
                if isStem && !stripped { continue }
                let alias = gazetteer.aliases[number]
                guard alias.tokenCount <= maxLength, let exact = fits(alias, at: i, tokens, tokenizer, gazetteer) else { continue }
                let length = alias.tokenCount
                if let b = best {
                    // On a tie a name beats an adjective of the same form (Serbian `Турске`: Турска or турски),
                    // also one that matches without stripping (Latvian `Azerbaidžānu`: the name's accusative, and
                    // folded, the adjective `azerbaidžāņu`).
                    let bestIsAdjective = gazetteer.aliases[b.alias].demonym
                    if length < b.length || (length == b.length && bestIsAdjective == alias.demonym
                        && (exact < b.exact || (exact == b.exact && number >= b.alias)))
                        || (length == b.length && alias.demonym && !bestIsAdjective)
                    {
                        continue
                    }
                }
                best = (number, length, exact)
            }
        }
        if let entries = gazetteer.index.lookup(t.hash) { consider(entries, stripped: false) }
        for c in t.candidateStart..<t.candidateEnd {
            if let entries = gazetteer.index.lookup(tokenizer.candidates[c]) { consider(entries, stripped: true) }
        }
        return best.map { ($0.alias, $0.length) }
    }

    /// Whether `alias` matches the words from `i`; the number of words matched without stripping.
    private func fits(
        _ alias: Gazetteer.Alias, at i: Int, _ tokens: [EntityToken], _ tokenizer: EntityTokenizer, _ gazetteer: Gazetteer
    ) -> Int? {
        guard i + alias.tokenCount <= tokens.count else { return nil }
        var exact = 0
        for k in 0..<alias.tokenCount {
            let a = gazetteer.aliasTokens[alias.tokenStart + k]
            let t = tokens[i + k]
            if k > 0 && (t.joinPrevious == 0 || tokens[i + k - 1].hasSuffix) { return nil }
            if a.acronym {
                guard t.allCaps && t.hash == a.hash else { return nil }
                exact += 1
                continue
            }
            if a.needsCapital && !t.upperInitial { return nil }
            if t.hash == a.hash { exact += 1; continue }
            var found = false
            for c in t.candidateStart..<t.candidateEnd {
                let h = tokenizer.candidates[c]
                if h == a.hash || (a.stem != 0 && (h == a.stem || h == a.stem2)) { found = true; break }
            }
            if !found { return nil }
        }
        return exact
    }
}
