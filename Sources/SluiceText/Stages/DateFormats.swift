import Foundation
import Synchronization

/// A date found in a paragraph's tokens.
struct DateHit: Equatable {
    var year: Int
    var month: Int
    /// 0 when the text states only year and month.
    var day: Int
    /// Token range it was read from.
    var tokenStart: Int
    var tokenEnd: Int
    /// For an ambiguous numeric date (en: 03/04/2020), the other reading's month and day.
    var altMonth = 0
    var altDay = 0

    var isAmbiguous: Bool { altMonth != 0 }

    var string: String {
        guard year >= 0, month >= 0, day >= 0 else {
            return day == 0 ? String(format: "%04d-%02d", year, month) : String(format: "%04d-%02d-%02d", year, month, day)
        }
        // `%04d-%02d[-%02d]` without Foundation's formatter.
        var s = Self.padded(year, 4) + "-" + Self.padded(month, 2)
        if day != 0 { s += "-" + Self.padded(day, 2) }
        return s
    }

    /// `n` (not negative) with leading zeros to `width` digits, as `%0Nd` writes it.
    static func padded(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

/// Month and weekday names of one language (CLDR through Foundation), folded and hashed.
struct MonthTable: Sendable {
    /// Folded token hash → month 1…12 (-1: ambiguous, ignored).
    var exact = FastMap<Int8>()
    /// Hash of a full name cut by 1–3 scalars (min 4) → month, for declined forms (lv `oktobrī`).
    var stems = FastMap<Int8>()
    var weekdays = FastSet()

    /// Month of word token `i`, if it names one.
    func month(in scan: LineScan, token i: Int) -> Int? {
        let t = scan.tokens[i]
        guard !t.isNumber, t.count >= 3 else { return nil }
        if let m = exact[t.hash] { return m > 0 ? Int(m) : nil }
        guard t.count >= 5 else { return nil }
        let s = scan.scalars(i)
        var h = BoilerplateFold.fnvBasis
        var n = 0
        var found: Int8?
        let low = max(4, s.count - 3)
        for v in s {
            h = BoilerplateFold.mix(h, v); n += 1
            if n >= low && n < s.count, let m = stems[h] { found = m }
            if n >= s.count - 1 { break }
        }
        if let found, found > 0 { return Int(found) }
        return nil
    }

    mutating func merge(_ other: MonthTable, overriding: Bool) {
        for (k, v) in other.exact {
            if let old = exact[k] { if !overriding && old != v { exact[k] = -1 } } else { exact[k] = v }
        }
        for (k, v) in other.stems {
            if let old = stems[k] { if !overriding && old != v { stems[k] = -1 } } else { stems[k] = v }
        }
        weekdays.formUnion(other.weekdays)
    }

    static func build(locale identifier: String) -> MonthTable {
        let f = DateFormatter()
        f.locale = Locale(identifier: identifier)
        var table = MonthTable()
        func add(_ symbols: [String]?, full: Bool) {
            guard let symbols, symbols.count == 12 else { return }
            for (m, symbol) in symbols.enumerated() {
                guard let token = BoilerplateFold.foldedScalars(symbol).max(by: { $0.count < $1.count }), token.count >= 3 else { continue }
                let h = BoilerplateFold.hash(token)
                if let old = table.exact[h], old != Int8(m + 1) { table.exact[h] = -1 } else { table.exact[h] = Int8(m + 1) }
                guard full, token.count >= 5 else { continue }
                for drop in 1...3 where token.count - drop >= 4 {
                    let sh = BoilerplateFold.hash(token[0..<(token.count - drop)])
                    if let old = table.stems[sh], old != Int8(m + 1) { table.stems[sh] = -1 } else { table.stems[sh] = Int8(m + 1) }
                }
            }
        }
        add(f.monthSymbols, full: true)
        add(f.standaloneMonthSymbols, full: true)
        add(f.shortMonthSymbols, full: false)
        add(f.shortStandaloneMonthSymbols, full: false)
        for list in [f.weekdaySymbols, f.standaloneWeekdaySymbols, f.shortWeekdaySymbols] {
            for w in list {
                for token in BoilerplateFold.foldedScalars(w) where token.count >= 2 { table.weekdays.insert(BoilerplateFold.hash(token)) }
            }
        }
        // Full-name entries win over stems of other months.
        for (k, _) in table.exact where table.stems[k] != nil { table.stems[k] = -1 }
        return table
    }
}

enum DateFormats {
    /// Languages whose tables are built for the union used when the article language is unknown.
    static let knownLanguages = [
        "en", "tr", "ru", "uk", "be", "bg", "mk", "sr", "sr-Latn", "hr", "bs", "sl", "cs", "sk", "pl", "lt", "lv",
        "et", "fi", "sv", "nb", "nn", "da", "is", "de", "nl", "fr", "es", "pt", "it", "ca", "ro", "hu", "sq",
        "el", "hy", "ka", "az", "kk", "uz", "ga", "cy", "eu", "gl", "lb",
    ]

    private static let cache = Mutex<[String: MonthTable]>([:])

    /// English names and common abbreviations every table also knows.
    private static let english: MonthTable = {
        var t = MonthTable.build(locale: "en_US")
        for (name, m) in [("sept", 9), ("febr", 2), ("sept.", 9)] { t.exact[BoilerplateFold.hash(BoilerplateFold.foldedScalars(name)[0])] = Int8(m) }
        return t
    }()

    /// All known languages together; names that mean different months in different languages dropped.
    static let union: MonthTable = {
        var u = MonthTable()
        for lang in knownLanguages { u.merge(rawTable(lang), overriding: false) }
        u.merge(english, overriding: true)
        return u
    }()

    private static func rawTable(_ lang: String) -> MonthTable {
        if let t = cache.withLock({ $0["raw:" + lang] }) { return t }
        let t = MonthTable.build(locale: lang)
        cache.withLock { $0["raw:" + lang] = t }
        return t
    }

    /// The table for an article language (its names first, then English); the union when unknown.
    static func table(for language: String?) -> MonthTable {
        guard let language, !language.isEmpty else { return union }
        let code = normalized(language)
        if let t = cache.withLock({ $0[code] }) { return t }
        var t: MonthTable
        switch code {
        case "sr", "sh", "bs", "hr", "me", "cnr":
            t = rawTable(code == "sh" || code == "me" || code == "cnr" ? "sr-Latn" : code)
            t.merge(rawTable(code == "sr" ? "sr-Latn" : "sr"), overriding: false)
        case "no", "nb", "nn":
            t = rawTable(code == "no" ? "nb" : code)
            t.merge(rawTable(code == "nn" ? "nb" : "nn"), overriding: false)
        default:
            t = rawTable(code)
        }
        let own = t
        t.merge(english, overriding: false)
        // The article language's own names win over an English homograph.
        t.merge(own, overriding: true)
        if t.exact.makeIterator().reduce(0, { n, _ in n + 1 }) < 12 { t = union }
        let result = t
        cache.withLock { $0[code] = result }
        return result
    }

    static func normalized(_ language: String) -> String {
        var code = language.lowercased()
        if let cut = code.firstIndex(where: { $0 == "-" || $0 == "_" }) { code = String(code[..<cut]) }
        return code
    }

    static let currentYear: Int = Calendar(identifier: .gregorian).component(.year, from: Date())

    static func plausible(_ year: Int) -> Bool { year >= 1990 && year <= currentYear + 1 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func valid(_ y: Int, _ m: Int, _ d: Int) -> Bool {
        plausible(y) && m >= 1 && m <= 12 && (d == 0 || (d >= 1 && d <= daysIn(month: m, year: y)))
    }

    static func expandYear(_ token: Token) -> Int {
        if token.count == 4 { return token.value }
        guard token.count == 2 else { return -1 }
        let y = 2000 + token.value
        return y <= currentYear + 1 ? y : 1900 + token.value
    }

    // MARK: Keywords

    enum StampKind: UInt16 { case published = 1, updated = 2, label = 3 }

    static let stampKeywords: PhraseTable = {
        var t = PhraseTable()
        t.add("""
        published|published on|published at|first published|posted|posted on|publisert|publ|publisering|publicerad|publiceret|udgivet|\
        offentliggjort|julkaistu|avaldatud|avaldanud|publicēts|publicēta|publicēšanas datums|paskelbta|publikuota|paskelbimo data|\
        opublikowano|opublikowany|data publikacji|publikováno|zveřejněno|publikované|uverejnené|publikálva|megjelent|közzétéve|\
        publicat|publicado|publicada|publicado el|pubblicato|pubblicato il|publié|publié le|publie le|veröffentlicht|veröffentlicht am|\
        erschienen|gepubliceerd|objavljeno|objavljen|objavljena|објављено|публикувано|опубликовано|опубликован|опубликована|\
        дата публикации|опубліковано|дата публікації|yayınlanma|yayınlanma tarihi|yayın tarihi|yayınlandı|yayımlanma|yayımlandı|\
        eklenme tarihi|eklenme|publikuar|publikuar më|botuar|հրապարակված|հրապարակվել է|հրապարակման ամսաթիվ|გამოქვეყნდა|\
        გამოქვეყნებულია|გამოქვეყნების თარიღი|dərc edilib|объявлено|publikuotas|avaldatud kell
        """, tag: StampKind.published.rawValue, mode: 0)
        t.add("""
        updated|last updated|updated on|updated at|oppdatert|sist oppdatert|uppdaterad|uppdaterat|opdateret|senest opdateret|\
        päivitetty|uuendatud|atjaunots|atjaunināts|atnaujinta|atnaujinimas|zaktualizowano|aktualizacja|aktualizováno|aktualizované|\
        frissítve|frissítés|actualizat|actualizado|actualizada|aggiornato|aggiornato il|mis à jour|mis a jour le|modifié|modifié le|\
        aktualisiert|aktualisiert am|bijgewerkt|ažurirano|ажурирано|актуализирано|обновлено|обновлен|обновлена|оновлено|\
        güncelleme|güncellendi|son güncelleme|güncelleme tarihi|përditësuar|përditësimi|թարմացվել է|թարմացված|განახლდა|\
        განახლებულია|edited|modified|last modified|endret|ändrad
        """, tag: StampKind.updated.rawValue, mode: 0)
        t.add("date|dato|datum|data|tarih|дата|fecha|päivämäärä|kuupäev|datums|ημερομηνία|ամսաթիվ|თარიღი",
              tag: StampKind.label.rawValue, mode: 0)
        return t
    }()

    /// Words that may stand around a date in a stamp line without making it a sentence.
    static let fillers: FastSet = {
        let words = """
        kl|klokken|klockan|kello|saat|at|um|a|à|las|alle|ore|o|godz|в|во|у|о|pm|am|utc|gmt|msk|cet|cest|eet|eest|trt|\
        est|edt|pst|bst|den|le|el|il|on|of|de|del|the|г|года|год|goda|gada|m|d|roku|r|yil|yili|year|წლის|წ|թ|թվականի|\
        ժամը|საათი|t|z|h|hod|val|ч|час|by|av|von|par|por|di|door|af|przez|tarafından|from|and|og|och|ja|und|et|y|e|i|ve|и|і|\
        то|ne|në|më|er|st|nd|rd|th|inci|nci|го|minutes|min|dk|мин|ago|önce|назад|siden|sedan|sitten|
        """
        return FastSet(words.split(separator: "|").flatMap { BoilerplateFold.tokenHashes(String($0)) })
    }()

    /// Fillers allowed between the parts of a textual date (`12 de octubre de 2020`, `2020. gada 12.`).
    static let dateGlue: FastSet = {
        let words = "de|del|of|the|d|gada|m|roku|r|г|года|goda|yil|yılı|წლის|წ|թ|թվականի|թ."
        return FastSet(words.split(separator: "|").flatMap { BoilerplateFold.tokenHashes(String($0)) })
    }()

    /// Ordinal suffixes glued to a day number (`1er`, `12th`, `7-го`).
    static let ordinals: FastSet = {
        let words = "er|re|st|nd|rd|th|e|a|o|inci|nci|ncı|го|ого|ე|-ին|ին|d"
        return FastSet(words.split(separator: "|").flatMap { BoilerplateFold.tokenHashes(String($0)) })
    }()

    // MARK: Finding dates

    /// Every date stated in the scanned tokens, in order.
    /// - Parameters:
    ///   - twoDigitYears: accept `01.10.20` (only in stamp lines).
    static func find(in scan: LineScan, table: MonthTable, language: String?, twoDigitYears: Bool) -> [DateHit] {
        let toks = scan.tokens
        let n = toks.count
        var hits: [DateHit] = []
        let dateGlue = Self.dateGlue, ordinals = Self.ordinals
        let english = language.map { normalized($0) == "en" } ?? false
        var i = 0

        func sepOK(_ k: Int, _ sep: UInt32) -> Bool {
            let t = toks[k]
            guard t.pre == sep, t.preCount == 1 else { return false }
            return !t.space || sep == 0x2E
        }
        func isDay(_ k: Int) -> Bool { k < n && toks[k].isNumber && toks[k].count <= 2 && toks[k].value >= 1 && toks[k].value <= 31 }
        func isYear(_ k: Int) -> Bool { k < n && toks[k].isNumber && toks[k].count == 4 && plausible(toks[k].value) }
        /// Skips glue words from k; returns the next index.
        func skipGlue(_ k: Int) -> Int {
            var k = k
            while k < n && !toks[k].isNumber && toks[k].count <= 8 && dateGlue.contains(toks[k].hash) { k += 1 }
            return k
        }
        func skipOrdinal(_ k: Int) -> Int {
            if k < n && !toks[k].isNumber && !toks[k].space && toks[k].count <= 4 && ordinals.contains(toks[k].hash) { return k + 1 }
            return k
        }

        while i < n {
            let t = toks[i]
            if t.isNumber {
                // Y-M-D: 2020-10-12, 2020/10/12, 2020.10.12
                if t.count == 4, i + 2 < n, toks[i + 1].isNumber, toks[i + 2].isNumber,
                   toks[i + 1].count <= 2, toks[i + 2].count <= 2 {
                    let sep = toks[i + 1].pre
                    if (sep == 0x2D || sep == 0x2F || sep == 0x2E), sepOK(i + 1, sep), sepOK(i + 2, sep),
                       !(i + 3 < n && toks[i + 3].isNumber && toks[i + 3].pre == sep && !toks[i + 3].space) {
                        let y = t.value, m = toks[i + 1].value, d = toks[i + 2].value
                        if valid(y, m, d) { hits.append(DateHit(year: y, month: m, day: d, tokenStart: i, tokenEnd: i + 3)) }
                        i += 3; continue
                    }
                }
                // D.M.Y / D/M/Y / D-M-Y (and month-first when unambiguous)
                if t.count <= 2, i + 2 < n, toks[i + 1].isNumber, toks[i + 2].isNumber, toks[i + 1].count <= 2,
                   toks[i + 2].count == 4 || (twoDigitYears && toks[i + 2].count == 2) {
                    let sep = toks[i + 1].pre
                    if (sep == 0x2D || sep == 0x2F || sep == 0x2E), sepOK(i + 1, sep), sepOK(i + 2, sep),
                       !(i + 3 < n && toks[i + 3].isNumber && toks[i + 3].pre == sep && !toks[i + 3].space),
                       !(i > 0 && toks[i - 1].isNumber && t.pre == sep && !t.space) {
                        let y = expandYear(toks[i + 2])
                        let a = t.value, b = toks[i + 1].value
                        var hit: DateHit?
                        if a > 12 || (!english && b <= 12) {
                            if valid(y, b, a) { hit = DateHit(year: y, month: b, day: a, tokenStart: i, tokenEnd: i + 3) }
                        } else if b > 12 {
                            if valid(y, a, b) { hit = DateHit(year: y, month: a, day: b, tokenStart: i, tokenEnd: i + 3) }
                        } else if a == b {
                            if valid(y, a, a) { hit = DateHit(year: y, month: a, day: a, tokenStart: i, tokenEnd: i + 3) }
                        } else if valid(y, a, b) && valid(y, b, a) {
                            // English, both ≤ 12: month-first (US) or day-first (UK) — ambiguous.
                            hit = DateHit(year: y, month: a, day: b, tokenStart: i, tokenEnd: i + 3, altMonth: b, altDay: a)
                        }
                        if let hit { hits.append(hit) }
                        i += 3; continue
                    }
                }
                // D [.] [de] Month [,] [de] YYYY
                if isDay(i) {
                    var k = skipOrdinal(i + 1)
                    k = skipGlue(k)
                    if k < n, let m = table.month(in: scan, token: k) {
                        var e = skipGlue(k + 1)
                        if e < n && !toks[e].isNumber && table.weekdays.contains(toks[e].hash) { e = skipGlue(e + 1) }
                        if isYear(e) {
                            let y = toks[e].value
                            if valid(y, m, t.value) { hits.append(DateHit(year: y, month: m, day: t.value, tokenStart: i, tokenEnd: e + 1)) }
                            i = e + 1; continue
                        }
                        // Day and month without a year: not a full date; the month may open one
                        // (`GMT+4, August 19, 2025`).
                        i = k; continue
                    }
                }
                // YYYY [.] [gada|m.|წლის] D [.] Month  /  YYYY [.] [m.] Month D [d.]
                if isYear(i) {
                    let k = skipGlue(i + 1)
                    if isDay(k), k + 1 < n {
                        let mk = skipGlue(skipOrdinal(k + 1))
                        if mk < n, let m = table.month(in: scan, token: mk) {
                            let y = t.value, d = toks[k].value
                            if valid(y, m, d) { hits.append(DateHit(year: y, month: m, day: d, tokenStart: i, tokenEnd: mk + 1)) }
                            i = mk + 1; continue
                        }
                    } else if k < n, let m = table.month(in: scan, token: k) {
                        let y = t.value
                        if isDay(k + 1) && !(k + 2 < n && toks[k + 2].isNumber && toks[k + 2].pre == 0x3A) {
                            let d = toks[k + 1].value
                            if valid(y, m, d) { hits.append(DateHit(year: y, month: m, day: d, tokenStart: i, tokenEnd: k + 2)) }
                            i = k + 2; continue
                        }
                    }
                }
            } else if let m = table.month(in: scan, token: i) {
                // Month D[th], YYYY
                if isDay(i + 1) {
                    let k = skipGlue(skipOrdinal(i + 2))
                    if isYear(k) {
                        let y = toks[k].value, d = toks[i + 1].value
                        if valid(y, m, d) { hits.append(DateHit(year: y, month: m, day: d, tokenStart: i, tokenEnd: k + 1)) }
                        i = k + 1; continue
                    }
                }
                // Month YYYY: month precision
                let k = skipGlue(i + 1)
                if isYear(k), !(k + 1 < n && toks[k + 1].isNumber && toks[k + 1].pre == 0x2D) {
                    let y = toks[k].value
                    if valid(y, m, 0) { hits.append(DateHit(year: y, month: m, day: 0, tokenStart: i, tokenEnd: k + 1)) }
                    i = k + 1; continue
                }
            }
            i += 1
        }
        return hits
    }

    /// A publication stamp found in one short line.
    struct Stamp {
        var hit: DateHit
        var kind: StampKind?
    }

    /// The stamps of a line that is a publication stamp (`Publisert: 01.10.20`, `23.11.2024 | 20:00`,
    /// `By Jane Doe, 12 October 2020`), or [] when the line is not one.
    static func stamps(in scan: LineScan, table: MonthTable, language: String?) -> [Stamp] {
        guard scan.scalarCount <= 160, scan.numbers > 0 else { return [] }
        var hits = find(in: scan, table: table, language: language, twoDigitYears: true)
        guard !hits.isEmpty else { return [] }
        // Keywords, by token index.
        let stampKeywords = Self.stampKeywords, fillers = Self.fillers
        var kinds: [(Int, StampKind)] = []
        var keywordTokens = Set<Int>()
        var k = 0
        while k < scan.tokens.count {
            if !scan.tokens[k].isNumber, let p = stampKeywords.firstMatch(in: scan, at: k), let kind = StampKind(rawValue: p.tag) {
                kinds.append((k, kind))
                for j in k..<(k + p.hashes.count) { keywordTokens.insert(j) }
                k += p.hashes.count
            } else { k += 1 }
        }
        if kinds.isEmpty {
            // `Headline (8 January 2021)`: a related-article item, not a stamp.
            hits.removeAll { h in
                scan.tokens[h.tokenStart].pre == 0x28 && scan.wordCount(before: h.tokenStart) >= 2
            }
            if hits.isEmpty { return [] }
            // No keyword: the line must be mostly the date (plus time, weekday, a short byline).
            if scan.sentenceBreaks > 0 || (scan.endsWithPeriod && scan.words >= 6) { return [] }
            var residual = 0
            var h = 0
            for (idx, t) in scan.tokens.enumerated() {
                while h < hits.count && hits[h].tokenEnd <= idx { h += 1 }
                if h < hits.count && idx >= hits[h].tokenStart && idx < hits[h].tokenEnd { continue }
                if t.isNumber { continue }
                if fillers.contains(t.hash) || table.weekdays.contains(t.hash) { continue }
                residual += Int(t.count)
            }
            if residual > 40 { return [] }
        }
        return hits.map { hit in
            var kind: StampKind?
            for (at, kd) in kinds where at < hit.tokenStart && hit.tokenStart - at <= 8 { kind = kd }
            if kind == nil, let first = kinds.first, first.0 >= hit.tokenEnd, first.0 - hit.tokenEnd <= 2 { kind = first.1 }
            return Stamp(hit: hit, kind: kind)
        }
    }
}
