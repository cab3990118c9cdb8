/// Removes page leftovers (cookie banners, ads, captions and credits, related-article lists, tag lines,
/// menus, share bars, subscription prompts, footers, text in another language), keeping each removal with
/// a stable reason.
///
/// Rules are multilingual keyword tables (`BoilerplateKeywords`) applied to folded tokens, plus a few
/// context rules: the list after a "Read also"/"Önceki Haberler" heading, tag lines after a "Tags"
/// heading, runs of menu items, headline + timestamp lists, lines next to a cookie banner. When in doubt
/// a paragraph is kept; publication stamps are never removed outside a removed list, so the date stage
/// sees them.
public struct BoilerplateStripper: Sendable {
    public init() {}

    /// Splits paragraphs into kept body and removed spans.
    /// - Parameters:
    ///   - languages: each paragraph's language guess (same order as `paragraphs`), nil when unknown.
    ///   - bodyLanguage: the language of the article body, when known.
    public func strip(_ paragraphs: [Paragraph], languages: [LanguageGuess?], bodyLanguage: String?) -> (kept: [Paragraph], removed: [RemovedSpan]) {
        let n = paragraphs.count
        guard n > 0 else { return ([], []) }
        var reasons = [BoilerplateReason?](repeating: nil, count: n)
        var headings = [Heading](repeating: .none, count: n)
        var facts = [Facts](repeating: Facts(), count: n)
        let table = DateFormats.table(for: bodyLanguage)
        var scan = LineScan()

        for i in 0..<n {
            let length = paragraphs[i].end - paragraphs[i].start
            // Long paragraphs: only their start and end matter, unless they name cookies.
            let light = length > Self.fullScanLimit && !BoilerplateKeywords.cookieStems.occurs(in: paragraphs[i].text)
            if light {
                scan.scan(paragraphs[i].text, limit: Self.fullScanLimit)
                scan.completeTail(of: paragraphs[i].text, scalarCount: length)
            } else {
                scan.scan(paragraphs[i].text, stems: BoilerplateKeywords.cookieStems)
            }
            var f = Facts(scan)
            if light {
                // Estimates for the unscanned rest: words and letters grow with the length.
                f.words = max(f.words, length / 8)
                f.letters = max(f.letters, length * 3 / 4)
            }
            if scan.numbers > 0 && scan.scalarCount <= 160 {
                f.isStamp = !DateFormats.stamps(in: scan, table: table, language: bodyLanguage).isEmpty
                let age = Self.ageStart(scan)
                f.isDateLine = f.isStamp || Self.isTimeOnly(scan) || (age == 0 && scan.words <= 6) || Self.isDayAndTime(scan)
                if !f.isStamp && scan.last == 0x29 && scan.words >= 2 {
                    let hits = DateFormats.find(in: scan, table: table, language: bodyLanguage, twoDigitYears: true)
                    if let h = hits.last, h.tokenEnd == scan.tokens.count, scan.tokens[h.tokenStart].pre == 0x28 {
                        f.parenDate = true
                    } else if hits.isEmpty {
                        f.parenDate = Self.endsWithNumericDate(scan) || Self.endsWithDayMonth(scan)
                    }
                } else if !f.isStamp && scan.last == 0x2E && scan.words >= 2 {
                    f.parenDate = Self.endsWithDayMonth(scan)  // `Headline | 29.05.`
                }
                // `Headline – vor 2 Stunden`, `Headline (2 hours ago)`: an age after a bar, dash, comma or parenthesis.
                if let age, age > 0, !scan.endsWithPeriod, [0x7C, 0x2D, 0xB7, 0x2022, 0x2C, 0x28].contains(scan.tokens[age].pre) {
                    f.parenDate = true
                }
            }
            let c = Self.classify(scan, facts: &f)
            if c.reason == .photoCredit, let t = scan.tokens.first {
                // `Foto: …`, or a bare credit of a photo (`Sergej Bobylev / TASS / NTB`, `© AFP`), not a sign-off.
                f.creditLabel = BoilerplateKeywords.creditWords.contains(t.hash)
                    || (scan.scalarCount <= 80 && scan.words <= 10 && !scan.endsWithPeriod
                        && (scan.copyright || scan.tokens.contains { $0.pre == 0x2F }))
            }
            reasons[i] = c.reason
            headings[i] = c.heading
            facts[i] = f
        }

        for i in 0..<n where reasons[i] == nil {
            reasons[i] = BoilerplateStructure.reason(paragraphs[i].text)
        }
        Self.markHeadingLists(&reasons, headings: headings, facts: facts)
        Self.markDateLists(&reasons, facts: facts)
        Self.markMenuRuns(&reasons, facts: facts)
        Self.markKickers(&reasons, facts: facts)
        Self.markCookieNeighbours(&reasons, facts: facts)
        Self.markCaptions(&reasons, paragraphs: paragraphs, facts: facts)
        Self.markOtherLanguage(&reasons, paragraphs: paragraphs, facts: facts, languages: languages, bodyLanguage: bodyLanguage)

        // Never remove everything: keep the longest paragraphs.
        if !reasons.contains(where: { $0 == nil }) {
            let longest = facts.map(\.scalars).max() ?? 0
            for i in 0..<n where facts[i].scalars * 2 >= longest { reasons[i] = nil }
        }

        var kept: [Paragraph] = []
        var removed: [RemovedSpan] = []
        kept.reserveCapacity(n)
        for i in 0..<n {
            if let r = reasons[i] {
                removed.append(RemovedSpan(start: paragraphs[i].start, end: paragraphs[i].end, reason: r.name))
            } else {
                kept.append(paragraphs[i])
            }
        }
        return (kept, removed)
    }

    // MARK: Per-paragraph facts

    enum Heading { case none, related, relatedLoose, category }

    /// Paragraphs longer than this are scanned only at their start (and checked for cookie words).
    static let fullScanLimit = 400

    struct Facts {
        var scalars = 0
        var words = 0
        var letters = 0
        var numbers = 0
        var endsWithPeriod = false
        var endsWithEllipsis = false
        var last: UInt32 = 0
        var commas = 0
        var isStamp = false
        var isDateLine = false
        /// `Headline (8 January 2021)`: a related-article item.
        var parenDate = false
        /// Mentions cookies with at least one consent-banner word.
        var cookieCandidate = false
        /// A photo's credit line: its credit word first (`Foto: Reuters`, `Фото: Офіс Президента`) or a short
        /// `Name / Agency` or `© Agency` line.
        var creditLabel = false
        var sentenceBreaks = 0
        /// Every word starts with a capital (`WORLD NEWS`, `Utrikes`).
        var capitalised = false

        init() {}

        init(_ s: LineScan) {
            scalars = s.scalarCount
            words = s.words
            letters = s.letters
            numbers = s.numbers
            endsWithPeriod = s.endsWithPeriod
            endsWithEllipsis = s.endsWithEllipsis
            last = s.lastMeaningful
            commas = s.tokens.reduce(0) { $0 + ($1.pre == 0x2C ? 1 : 0) }
            sentenceBreaks = s.sentenceBreaks
            capitalised = s.words > 0 && s.tokens.allSatisfy { $0.isNumber || $0.upperFirst || $0.allUpper }
        }

        /// A short line that reads like a headline (no sentence-final period).
        var headlineLike: Bool {
            scalars <= 160 && words >= 2 && words <= 25 && !endsWithPeriod && !endsWithEllipsis
                && last != 0x3A && last != 0x2C && last != 0x3B
        }

        /// A paragraph of running text.
        var longBody: Bool { scalars >= 200 && endsWithPeriod && !endsWithEllipsis }
        /// A sentence or more of running text (not a teaser: it ends with a period, not an ellipsis).
        var runningText: Bool { scalars >= 100 && words >= 12 && endsWithPeriod && !endsWithEllipsis }
    }

    static let separators: Set<UInt32> = [0x3A, 0x7C, 0xA6, 0x2D, 0xBB, 0x203A, 0x3E, 0x2F, 0x2022, 0xB7, 0x55D]

    // MARK: Classification of one paragraph

    static func classify(_ s: LineScan, facts f: inout Facts) -> (reason: BoilerplateReason?, heading: Heading) {
        let toks = s.tokens
        let phrases = BoilerplateKeywords.phrases
        let socialNetworks = BoilerplateKeywords.socialNetworks
        let shareWords = BoilerplateKeywords.shareWords
        let n = toks.count
        // Symbols only, a lone letter (a close button), template markup.
        if n == 0 || (s.letters == 0 && s.digits == 0) { return (.template, .none) }
        if s.letters <= 1 && s.digits == 0 && s.scalarCount <= 3 { return (.template, .none) }
        if s.templateMarkup && s.scalarCount <= 400 { return (.template, .none) }

        // Keyword phrase at the start of the line (after leading numbers: "3 comments").
        var first = 0
        while first < n && toks[first].isNumber { first += 1 }
        if first < n {
            for p in phrases.matches(in: s, at: first) {
                guard let reason = BoilerplateReason(rawValue: p.tag), let mode = PhraseMode(rawValue: p.mode) else { continue }
                let end = first + p.hashes.count
                var restWords = 0, restNumbers = 0
                for k in end..<n {
                    if toks[k].isNumber {
                        restNumbers += 1
                    } else if !(k > end && toks[k - 1].isNumber && BoilerplateKeywords.minuteWords.contains(toks[k].hash)) {
                        restWords += 1  // a duration's unit counts with its number: `Lesetid: 3 minutt`
                    }
                }
                let alone = restWords == 0 && restNumbers <= 2
                var sepAfter = end == n && s.tailPunct > 0 && s.lastMeaningful == 0x3A
                var k = end
                while k < n {
                    if separators.contains(toks[k].pre) && (toks[k].pre != 0x2D || toks[k].space) { sepAfter = true; break }
                    if !toks[k].isNumber { break }
                    k += 1
                }
                switch mode {
                case .exact:
                    if alone && first <= 1 { return (reason, .none) }
                    guard first == 0 else { continue }
                    // `Del artikkelen: Facebook Twitter E-post`, `Komentari (12) | Prijavi se`, `Nyhetsbrev: Få …`.
                    if sepAfter && s.scalarCount <= 200 && !s.endsWithPeriod,
                       [.share, .comment, .subscription, .advertisement].contains(reason) {
                        return (reason, .none)
                    }
                    if reason == .share && s.numbers == 0 && (end..<n).allSatisfy({
                        socialNetworks.contains(toks[$0].hash) || shareWords.contains(toks[$0].hash)
                    }) {
                        return (.share, .none)
                    }
                    // A home link starting a breadcrumb: `Home > World > Europe`.
                    if reason == .navigation, end < n, [0x3E, 0x203A, 0xBB, 0x7C, 0x2F].contains(toks[end].pre),
                       s.numbers == 0, !s.endsWithPeriod, s.scalarCount <= 200 {
                        return (.navigation, .none)
                    }
                case .start, .anywhere:
                    if first == 0 && (alone || s.scalarCount <= 250) { return (reason, .none) }
                case .label:
                    guard first == 0 else { continue }
                    if alone {
                        return (reason, reason == .category ? .category : .none)
                    }
                    if sepAfter && s.scalarCount <= 300 { return (reason, .none) }
                    // An editor's sign-off after an abbreviation: `Oprac. Tomasz Nowak`, `Red. jk`, `Oprac. PAP`.
                    if reason == .template, end < n, toks[end].pre == 0x2E, s.scalarCount <= 60, restWords <= 5,
                       s.sentenceBreaks <= 1, !s.endsWithPeriod || toks[n - 1].allUpper || (toks[n - 1].lowerFirst && toks[n - 1].count <= 4),
                       (end..<n).allSatisfy({ toks[$0].upperFirst || toks[$0].allUpper || (toks[$0].lowerFirst && toks[$0].count <= 4) }) {
                        return (.template, .none)
                    }
                    // `Фото РИА Новости`: a strong credit word, a short line without a sentence.
                    if reason == .photoCredit, !BoilerplateKeywords.weakCreditWords.contains(toks[0].hash),
                       s.words <= 8, !s.endsWithPeriod, toks[0].upperFirst || toks[0].allUpper, end < n, !toks[end].lowerFirst {
                        return (.photoCredit, .none)
                    }
                case .heading, .strongHeading:
                    guard first == 0 else { continue }
                    if alone { return (.related, .related) }
                    if sepAfter && s.scalarCount <= 200 && !s.endsWithPeriod {
                        // `Read also:` alone then items, or `Read also: Headline`.
                        return (.related, .none)
                    }
                    if mode == .strongHeading, s.scalarCount <= 200, !s.endsWithPeriod, restWords <= 25 {
                        return (.related, .none)
                    }
                    // `Mest läst just nu`, `Pročitajte i ovo`: a heading with a word or two more; a list
                    // must follow for it to count.
                    if restWords <= 2, restNumbers == 0, s.scalarCount <= 40, !s.endsWithPeriod, s.lastMeaningful != 0x3F {
                        return (nil, .relatedLoose)
                    }
                }
            }
        }

        // Phrases anywhere in a short line: `© 2024 X. All rights reserved.`
        if s.scalarCount <= 300 {
            for k in 1..<max(1, n) where !toks[k].isNumber && phrases.contains(first: toks[k].hash) {
                for p in phrases.matches(in: s, at: k) where p.mode == PhraseMode.anywhere.rawValue {
                    if let r = BoilerplateReason(rawValue: p.tag) { return (r, .none) }
                }
            }
        }

        // © lines: a year after it is a copyright footer, a name a photo credit.
        if s.copyright && s.scalarCount <= 200 {
            let hasYear = toks.contains { $0.isNumber && $0.count == 4 }
            return (hasYear ? .copyright : .photoCredit, .none)
        }

        if let credit = creditTail(s) { return (credit, .none) }
        if isHashtagLine(s) { return (.category, .none) }
        if isNewsletterPrompt(s) { return (.subscription, .none) }
        if isFollowPrompt(s) { return (.share, .none) }
        if isAppPrompt(s) { return (.subscription, .none) }

        // Breadcrumbs: `Home › World › Europe`, `News | Sport | Business`.
        let seps = s.chevrons + s.pipes
        if seps >= 2, s.numbers == 0, !s.endsWithPeriod, s.scalarCount <= 200, s.words <= (seps + 1) * 4, s.sentenceBreaks == 0 {
            return (.navigation, .none)
        }

        // Two- or three-level breadcrumbs: `Sports > Hokejs`, `Sport / Fotboll`, `Markets | Emerging markets`.
        if s.numbers == 0, s.words <= 6, s.scalarCount <= 50, s.tailPunct == 0, s.sentenceBreaks == 0 {
            var segs = 1, ok = true
            for (k, t) in toks.enumerated() where k > 0 && t.space && [0x3E, 0x203A, 0xBB, 0x7C, 0x2F, 0xA6].contains(t.pre) {
                segs += 1
                if !(t.upperFirst || t.allUpper) { ok = false }
            }
            if segs >= 2 && ok && (toks.first?.upperFirst ?? false) && s.words <= segs * 3 { return (.navigation, .none) }
        }

        // Bylines without a date: `By Reuters Staff`, `Av Ola Nordmann, NTB`.
        if s.numbers == 0, HeadlineDetector.isByline(s), s.scalarCount <= 60 { return (.template, .none) }

        // Agency sign-offs: `LETA`, `STT–AFP`, `ČTK, kop`, `TASR, jaj`: agencies, then at most editor initials.
        // The editor's abbreviation may end in a period: `BNS inf.`.
        let abbreviationEnd = n >= 2 && toks[n - 1].lowerFirst && toks[n - 1].count <= 4
        if s.numbers == 0, n >= 1, n <= 4, s.scalarCount <= 30, !s.endsWithPeriod || abbreviationEnd, s.sentenceBreaks == 0,
           BoilerplateKeywords.agencies.contains(toks[0].hash),
           toks.dropFirst().allSatisfy({ BoilerplateKeywords.agencies.contains($0.hash) || ($0.lowerFirst && $0.count <= 4)
               || BoilerplateKeywords.bylineWords.contains($0.hash) }) {  // `AA muhabiri`, `AFP correspondent`
            return (.photoCredit, .none)
        }

        // Share bars: only network names and share words.
        if s.words <= 14, s.numbers == 0 {
            var network = false, all = true
            for t in toks {
                if socialNetworks.contains(t.hash) { network = true }
                else if !shareWords.contains(t.hash) { all = false; break }
            }
            if all && network { return (.share, .none) }
        }

        // Cookie banners.
        if !s.stemHits.isEmpty {
            var strong = false
            for (_, h) in s.stemHits { if BoilerplateKeywords.cookieStems.exact[h] == 1 { strong = true } }
            var groups: UInt8 = 0
            for k in 0..<n where !toks[k].isNumber {
                for g in BoilerplateKeywords.cookieContext.tags(in: s, token: k) { groups |= 1 << g }
            }
            let count = groups.nonzeroBitCount
            if count >= 1 { f.cookieCandidate = true }
            if (strong && count >= 2) || count >= 3 || (strong && count >= 1 && s.scalarCount <= 120) {
                return (.cookie, .none)
            }
        }
        return (nil, .none)
    }

    /// A caption or credit line that ends with a photo credit: `… Foto: LUDOVIC MARIN / AFP`,
    /// `… (Photo by John Smith/Getty Images)`, `… Mikhail Klimentyev / Sputnik`.
    static func creditTail(_ s: LineScan) -> BoilerplateReason? {
        let toks = s.tokens
        let creditWords = BoilerplateKeywords.creditWords
        let weakCreditWords = BoilerplateKeywords.weakCreditWords
        let n = toks.count
        guard n >= 2, s.scalarCount <= 400 else { return nil }
        let lo = max(1, n - 14)
        // `Foto:` / `(Foto` near the end, with at most 8 words after it.
        var k = n - 1
        while k >= lo {
            let t = toks[k]
            if !t.isNumber, creditWords.contains(t.hash), !weakCreditWords.contains(t.hash) {
                // `Photo credit:`: a weak credit word right after the strong one belongs to the label.
                let label = k + 2 < n && weakCreditWords.contains(toks[k + 1].hash) && toks[k + 2].pre == 0x3A ? k + 1 : k
                let colon = label + 1 < n && (toks[label + 1].pre == 0x3A || toks[label + 1].pre == 0x55D)  // `:` or Armenian `՝`
                let paren = t.pre == 0x28
                let wordsAfter = (label + 1..<n).reduce(0) { $0 + (toks[$1].isNumber ? 0 : 1) }
                let particles = BoilerplateKeywords.nameParticles
                let names = (k + 1..<n).allSatisfy({ toks[$0].upperFirst || toks[$0].allUpper || toks[$0].isNumber
                    || particles.contains(toks[$0].hash) })
                if (colon || (paren && s.last == 0x29)) && wordsAfter <= 8 && wordsAfter >= 1 {
                    if !s.endsWithPeriod || paren { return .photoCredit }
                    // `… Foto: D.R.`, `… Kuva: Lehtikuva.`: a period after capitalised names or initials only.
                    if colon && wordsAfter <= 4 && (k + 1..<n).allSatisfy({ toks[$0].upperFirst || toks[$0].allUpper }) {
                        return .photoCredit
                    }
                }
                // `… Fot. PAP/EPA/Ministerstwo Obrony Rosji`, `… FOTO TASR – Martin Baumann`: an abbreviated
                // credit word or an agency right after it, then only names.
                if k + 1 < n, !s.endsWithPeriod, wordsAfter >= 1, wordsAfter <= 8,
                   toks[k + 1].pre == 0x2E || BoilerplateKeywords.agencies.contains(toks[k + 1].hash), names {
                    return .photoCredit
                }
                // `Aliyev à Bakou. Photo Ludovic Marin. AFP`: after a sentence, the credit word, names and an agency last.
                if toks[k].pre == 0x2E, wordsAfter >= 2, wordsAfter <= 6, names, toks[k].upperFirst || toks[k].allUpper,
                   BoilerplateKeywords.agencies.contains(toks[n - 1].hash) {
                    return .photoCredit
                }
            }
            k -= 1
        }
        // `… (Arkivfoto)`, `… (archive photo)`, `… (foto de archivo)`, `… (архивное фото)`: a caption's closing
        // parenthesis of one to four words, an archive or illustration word and a photo word among them.
        if s.last == 0x29, s.scalarCount <= 300, let open = (max(1, n - 4)..<n).last(where: { toks[$0].pre == 0x28 }),
           (open..<n).contains(where: { BoilerplateKeywords.archiveWords.contains(toks[$0].hash) }),
           (open..<n).contains(where: { creditWords.contains(toks[$0].hash) }),
           (open..<n).allSatisfy({ !toks[$0].isNumber }) {
            return .photoCredit
        }
        // `… AFP/Scanpix nuotr.`, `ELTA nuotr.`: the credit word last, right after an agency.
        if n >= 2, s.scalarCount <= 300, creditWords.contains(toks[n - 1].hash), !weakCreditWords.contains(toks[n - 1].hash),
           BoilerplateKeywords.agencies.contains(toks[n - 2].hash) {
            return .photoCredit
        }
        // A short caption closed by its credit in parentheses: `… protiv razgraničenja (AFP)`,
        // `… στο Ολύμπιον (ΑΠΕ-ΜΠΕ/Νίκος Αρβανιτίδης)`: an agency opens it, then only names.
        if s.last == 0x29, s.scalarCount <= 200, s.sentenceBreaks == 0,
           let open = (max(1, n - 5)..<n).last(where: { toks[$0].pre == 0x28 }),
           BoilerplateKeywords.agencies.contains(toks[open].hash), toks[open].allUpper,
           (open..<n).allSatisfy({ !toks[$0].isNumber && (toks[$0].upperFirst || toks[$0].allUpper) }) {
            return .photoCredit
        }
        // `… / AFP`, `… / Getty Images`, `NTB / Scanpix` at the very end.
        guard !s.endsWithPeriod, s.scalarCount <= 300 else { return nil }
        var slash = -1
        for j in stride(from: n - 1, through: max(1, n - 4), by: -1) where toks[j].pre == 0x2F {
            slash = j; break
        }
        guard slash > 0 else { return nil }
        let tail = toks[slash..<n]
        guard tail.allSatisfy({ !$0.isNumber }) else { return nil }
        if BoilerplateKeywords.agencies.contains(toks[slash].hash) { return .photoCredit }
        // `… June 10, 2024. REUTERS/Maxim Shemetov`, `… Bolsa de Madrid. EFE/Mariscal`: a sentence, then an
        // agency glued by a slash to the photographer's name.
        let agency = toks[slash - 1]
        if BoilerplateKeywords.agencies.contains(agency.hash), agency.allUpper || agency.upperFirst,
           slash - 1 == 0 || agency.pre == 0x2E, tail.allSatisfy({ $0.upperFirst || $0.allUpper }) {
            return .photoCredit
        }
        if tail.allSatisfy({ $0.allUpper || ($0.count == 1 && $0.upperFirst) }) && toks[slash].count >= 2 { return .photoCredit }
        // `… REUTERS/Irakli Gedenidze/File Photo`, `… EFE/Juan Pérez/Pool`: an earlier slash after the agency.
        for j in stride(from: slash - 1, through: max(1, n - 8), by: -1) where toks[j].pre == 0x2F {
            let agency = toks[j - 1]
            if BoilerplateKeywords.agencies.contains(agency.hash), agency.allUpper || agency.upperFirst,
               j - 1 == 0 || agency.pre == 0x2E, toks[j..<n].allSatisfy({ $0.upperFirst || $0.allUpper }) {
                return .photoCredit
            }
        }
        // `AP Photo/John Smith`: a credit word right before the slash.
        if creditWords.contains(toks[slash - 1].hash) && tail.allSatisfy({ $0.upperFirst || $0.allUpper }) {
            return .photoCredit
        }
        return nil
    }

    /// A newsletter prompt: a short line naming a newsletter and a sign-up verb, in any order
    /// (`Get weekly news … with the newsletter On the Ballot. Sign up here.`, `Newsletter: Prihláste sa na odber…`).
    static func isNewsletterPrompt(_ s: LineScan) -> Bool {
        guard s.scalarCount <= 300, s.words >= 2, s.words <= 50 else { return false }
        var noun = false, verb = false
        for t in s.tokens where !t.isNumber {
            if BoilerplateKeywords.newsletterWords.contains(t.hash) { noun = true }
            else if BoilerplateKeywords.subscribeWords.contains(t.hash) { verb = true }
            if noun && verb { return true }
        }
        return false
    }

    /// A follow prompt: a short line naming a social network with a follow or join verb and an "us"/"our" word
    /// (`Bizi Telegram'da takip edin`, `Folgen Sie uns auf Instagram`, `Join our WhatsApp channel`); "Zelensky
    /// wrote on Telegram" has no "us".
    static func isFollowPrompt(_ s: LineScan) -> Bool {
        guard s.scalarCount <= 160, s.words >= 2, s.words <= 14 else { return false }
        var network = false, verb = false, our = false
        for t in s.tokens where !t.isNumber {
            if BoilerplateKeywords.followNetworks.contains(t.hash) { network = true }
            else if BoilerplateKeywords.followWords.contains(t.hash) || BoilerplateKeywords.subscribeWords.contains(t.hash) { verb = true }
            else if BoilerplateKeywords.ourWords.contains(t.hash) { our = true }
        }
        return network && verb && our
    }

    /// `#Armenia #Azerbaijan #Karabakh`: every word of the line (each space-separated item) is a hashtag.
    static func isHashtagLine(_ s: LineScan) -> Bool {
        guard s.words >= 1, s.words <= 20, s.scalarCount <= 300 else { return false }
        for (k, t) in s.tokens.enumerated() where k == 0 || t.space {
            if t.pre != 0x23 { return false }
        }
        return true
    }

    /// An app prompt: a short line with an app noun and a download verb that addresses the reader about the site's
    /// own app (an "our" word) or opens with the verb: `Pobierz naszą aplikację i bądź na bieżąco`, `Lataa sovellus`,
    /// `Uygulamamızı indirin`. "EU users may download apps from websites" stays.
    static func isAppPrompt(_ s: LineScan) -> Bool {
        guard s.scalarCount <= 160, s.words >= 2, s.words <= 15, let first = s.tokens.first else { return false }
        var app = false, verb = false, our = false
        for t in s.tokens where !t.isNumber {
            if BoilerplateKeywords.appWords.contains(t.hash) { app = true }
            if BoilerplateKeywords.downloadWords.contains(t.hash) { verb = true }
            if BoilerplateKeywords.ourWords.contains(t.hash) { our = true }
        }
        return app && verb && (our || BoilerplateKeywords.downloadWords.contains(first.hash))
    }

    /// `Headline (2023.10.05.)`: a parenthesis closing the line that holds only a numeric date (two or three
    /// numbers, a year among them), in an order the date tables may not know.
    static func endsWithNumericDate(_ s: LineScan) -> Bool {
        let toks = s.tokens
        guard s.last == 0x29, let open = toks.lastIndex(where: { $0.pre == 0x28 }), open > 0 else { return false }
        let inside = toks[open...]
        guard (2...3).contains(inside.count), inside.allSatisfy(\.isNumber) else { return false }
        return inside.contains { $0.count == 4 && $0.value >= 1900 && $0.value <= 2100 }
    }

    /// `Headline (29.5.)`, `Headline | 29.05.`: a day and a month without a year closing a related-article line,
    /// in parentheses or after a bar or dash.
    static func endsWithDayMonth(_ s: LineScan) -> Bool {
        let toks = s.tokens
        let n = toks.count
        guard n >= 3, s.scalarCount <= 160 else { return false }
        let day = toks[n - 2], month = toks[n - 1]
        guard day.isNumber, month.isNumber, month.pre == 0x2E, month.preCount == 1, (1...31).contains(day.value),
              (1...12).contains(month.value), day.count <= 2, month.count <= 2 else { return false }
        if s.last == 0x29 { return day.pre == 0x28 && s.beforeLast == 0x2E }
        return s.last == 0x2E && s.tailPunct == 1 && day.space && [0x7C, 0x2D, 0xB7, 0x2022, 0x2F].contains(day.pre)
    }

    /// Where an age closing the line starts (`vor 2 Stunden`, `2 hours ago`, `prije 3 sata`, `2 órája`): the
    /// trailing run of numbers, time units and "ago" words holding a number with its unit and an "ago" word.
    static func ageStart(_ s: LineScan) -> Int? {
        let toks = s.tokens
        let n = toks.count
        guard n >= 2, s.scalarCount <= 200, s.numbers >= 1 else { return nil }
        let units = BoilerplateKeywords.ageUnits, ago = BoilerplateKeywords.agoWords
        var k = n
        var unit = false, agoWord = false
        while k > 0 && n - k < 6 {
            let t = toks[k - 1]
            if !t.isNumber {
                let isUnit = units.contains(t.hash), isAgo = ago.contains(t.hash)
                guard isUnit || isAgo else { break }
                // `2 Stunden`: a unit counts with the number before it.
                if isUnit && k >= 2 && toks[k - 2].isNumber { unit = true }
                if isAgo { agoWord = true }
            }
            k -= 1
        }
        return unit && agoWord && k < n ? k : nil
    }

    /// `Вчера, 14:32`, `I går kl. 09.15`, `Dün 18:40`: today or yesterday and a time, nothing else.
    static func isDayAndTime(_ s: LineScan) -> Bool {
        guard s.words >= 1, s.words <= 3, s.numbers == 2, s.scalarCount <= 30 else { return false }
        var time = false, day = false
        for t in s.tokens {
            if t.isNumber {
                if (t.pre == 0x3A || t.pre == 0x2E) && t.count == 2 && t.value < 60 { time = true }
            } else if BoilerplateKeywords.dayWords.contains(t.hash) {
                if t.count >= 3 { day = true }
            } else {
                return false
            }
        }
        return time && day
    }

    /// `13:20`, `20:00 | 12.10`: only times.
    static func isTimeOnly(_ s: LineScan) -> Bool {
        guard s.words == 0, s.numbers >= 2 else { return false }
        return s.tokens.contains { $0.isNumber && $0.pre == 0x3A && $0.count == 2 }
    }

    // MARK: Context rules

    /// The items after a related-articles heading (headlines, teasers, timestamps) and the tags after a
    /// tags heading.
    static func markHeadingLists(_ reasons: inout [BoilerplateReason?], headings: [Heading], facts: [Facts]) {
        let n = reasons.count
        func nextIndex(after j: Int) -> Int? {
            var k = j + 1
            while k < n && reasons[k] != nil && headings[k] == .none { k += 1 }
            return k < n ? k : nil
        }
        var i = 0
        while i < n {
            switch headings[i] {
            case .none:
                i += 1
            case .related, .relatedLoose:
                let loose = headings[i] == .relatedLoose
                var taken: [Int] = []
                var j = i + 1
                var sawDates = false
                while j < n {
                    if headings[j] != .none { break }
                    if reasons[j] != nil { j += 1; continue }
                    let f = facts[j]
                    let next = nextIndex(after: j).map { facts[$0] }
                    if f.isDateLine && !f.longBody {
                        taken.append(j); sawDates = true
                    } else if f.parenDate && f.scalars <= 250 {
                        taken.append(j); sawDates = true
                    } else if f.endsWithEllipsis && f.scalars <= 400 {
                        taken.append(j)
                    } else if f.headlineLike {
                        // A headline right before running text is the body resuming (a crosshead or the title).
                        if !sawDates, let next, next.runningText { break }
                        taken.append(j)
                    } else if f.scalars <= 250 && !f.longBody, let next,
                              next.isDateLine || (sawDates && (next.headlineLike || next.endsWithEllipsis)) {
                        taken.append(j)
                    } else {
                        break
                    }
                    j += 1
                }
                if !loose || taken.count >= 2 {
                    if loose { reasons[i] = .related }
                    for k in taken { reasons[k] = .related }
                }
                i = max(i + 1, j)
            case .category:
                var j = i + 1
                var items = 0
                while j < n && items < 40 {
                    if headings[j] != .none { break }
                    if reasons[j] != nil { j += 1; continue }
                    let f = facts[j]
                    let tag = f.scalars <= 60 && f.words <= 5 && !f.endsWithPeriod && f.words >= 1
                    let tagLine = f.scalars <= 200 && f.commas >= 1 && !f.endsWithPeriod && f.words <= (f.commas + 1) * 4
                    guard tag || tagLine else { break }
                    if let k = nextIndex(after: j), facts[k].longBody, f.words >= 2, !tagLine { break }
                    reasons[j] = .category
                    items += 1
                    j += 1
                }
                i = max(i + 1, j)
            }
        }
    }

    /// Lists without a heading: three or more headline + timestamp groups (`Headline`, `Teaser…`,
    /// `16 Ocak 2026 19:49`).
    static func markDateLists(_ reasons: inout [BoilerplateReason?], facts: [Facts]) {
        let n = reasons.count
        // Two or more `Headline (date)` lines in a row, with the short heading above them.
        var i = 0
        while i < n {
            var j = i
            while j < n && facts[j].parenDate && (reasons[j] == nil || reasons[j] == .related) { j += 1 }
            if j - i >= 2 {
                for k in i..<j { reasons[k] = .related }
                if i > 0, reasons[i - 1] == nil, facts[i - 1].words <= 5, facts[i - 1].scalars <= 50, !facts[i - 1].endsWithPeriod,
                   facts[i - 1].numbers == 0 {
                    reasons[i - 1] = .related
                }
            }
            i = max(i + 1, j)
        }
        let dates = (0..<n).filter { reasons[$0] == nil && facts[$0].isDateLine && facts[$0].scalars <= 60 }
        guard dates.count >= 3 else { return }
        func gapOK(_ a: Int, _ b: Int) -> Bool {
            let gap = b - a - 1
            guard gap >= 1 && gap <= 3 else { return false }
            var headline = false
            for k in (a + 1)..<b {
                if reasons[k] != nil { continue }
                if facts[k].scalars > 300 || facts[k].longBody && facts[k].scalars > 250 { return false }
                if facts[k].headlineLike { headline = true }
            }
            return headline
        }
        var runStart = 0
        var k = 1
        while k <= dates.count {
            if k < dates.count && gapOK(dates[k - 1], dates[k]) { k += 1; continue }
            let count = k - runStart
            if count >= 3 {
                let firstGap = dates[runStart + 1] - dates[runStart] - 1
                var from = dates[runStart]
                var back = 0
                while back < firstGap, from - 1 >= 0, reasons[from - 1] == nil || reasons[from - 1] == .related,
                      facts[from - 1].scalars <= 300, !facts[from - 1].longBody || facts[from - 1].scalars <= 250 {
                    from -= 1; back += 1
                }
                for j in from...dates[k - 1] where reasons[j] == nil { reasons[j] = .related }
            }
            runStart = k
            k += 1
        }
    }

    /// Section labels before the headline (`Udland`, `Børs og finans`, `World`): short lines in the page
    /// header, above a real headline that comes before the running text; one-word labels between it and the
    /// running text.
    static func markKickers(_ reasons: inout [BoilerplateReason?], facts: [Facts]) {
        let n = reasons.count
        let firstBody = facts.firstIndex(where: { $0.longBody }) ?? n
        guard let title = (0..<min(firstBody, 8)).first(where: {
            reasons[$0] == nil && facts[$0].headlineLike && facts[$0].words >= 4 && !facts[$0].isDateLine
        }) else {
            markSectionLabelsWithoutTitle(&reasons, facts: facts)
            return
        }
        for i in 0..<title where reasons[i] == nil {
            let f = facts[i]
            if f.words >= 1 && f.words <= 3 && f.scalars <= 30 && f.numbers == 0 && !f.endsWithPeriod && !f.isDateLine
                && f.last != 0x3F && f.last != 0x21 && f.last != 0x3A && f.letters >= 2 {
                reasons[i] = .navigation
            }
        }
        // A one-word section label between the headline and the running text (`Udland`, `Politik`).
        let firstRunning = min(firstBody, facts.firstIndex(where: { $0.runningText }) ?? n)
        for i in (title + 1)..<max(title + 1, firstRunning) where reasons[i] == nil {
            let f = facts[i]
            if (f.words == 1 || (f.words == 2 && f.capitalised)) && f.scalars <= 20 && f.numbers == 0 && f.letters >= 3
                && !f.endsWithPeriod && !f.isDateLine
                && f.last != 0x3F && f.last != 0x21 && f.last != 0x3A {
                reasons[i] = .navigation
            }
        }
    }

    /// The headline sits in the scraper's ` date` line: one- or two-word labels before the running text are
    /// section labels (`Utrikes`, `Internacional`, `WORLD NEWS`), each word capitalised.
    static func markSectionLabelsWithoutTitle(_ reasons: inout [BoilerplateReason?], facts: [Facts]) {
        let n = reasons.count
        // The ` date` line itself may hold the lead: the labels then follow it.
        let firstRunning = (1..<max(1, n)).first(where: { facts[$0].runningText || facts[$0].longBody }) ?? n
        guard firstRunning < n, firstRunning <= 8 else { return }
        for i in 1..<max(1, firstRunning) where reasons[i] == nil {
            let f = facts[i]
            if f.words >= 1 && f.words <= 2 && f.scalars <= 20 && f.numbers == 0 && f.letters >= 3 && !f.endsWithPeriod
                && !f.isDateLine && f.last != 0x3F && f.last != 0x21 && f.last != 0x3A && f.capitalised {
                reasons[i] = .navigation
            }
        }
    }

    /// Menus: four or more one- or two-word lines in a row (six or more of up to three words).
    static func markMenuRuns(_ reasons: inout [BoilerplateReason?], facts: [Facts]) {
        let n = reasons.count
        func item(_ f: Facts, maxWords: Int, maxScalars: Int) -> Bool {
            f.words >= 1 && f.words <= maxWords && f.scalars <= maxScalars && f.numbers == 0 && !f.endsWithPeriod
                && f.last != 0x3A && f.letters >= 2
        }
        for (maxWords, maxScalars, minRun) in [(2, 25, 4), (3, 30, 6)] {
            var i = 0
            while i < n {
                var j = i
                while j < n && (reasons[j] == .navigation || (reasons[j] == nil && item(facts[j], maxWords: maxWords, maxScalars: maxScalars))) { j += 1 }
                if j - i >= minRun {
                    for k in i..<j where reasons[k] == nil { reasons[k] = .navigation }
                }
                i = max(i + 1, j)
            }
        }
    }

    /// Photo captions without a credit of their own: the short line glued (no blank line between) under a
    /// credit line (`Foto: Jessica Gow/TT` / `Ann Linde under en presskonferens på UD i Stockholm.`) in a
    /// page that separates its paragraphs by blank lines, with a blank line, a removed line or the end after
    /// it; or the short line glued above a credit line when the two stand alone as a block. The title is
    /// never one: some kept text must come before.
    static func markCaptions(_ reasons: inout [BoilerplateReason?], paragraphs: [Paragraph], facts: [Facts]) {
        let n = reasons.count
        guard n >= 3 else { return }
        func glued(_ a: Int, _ b: Int) -> Bool { paragraphs[b].start - paragraphs[a].end == 1 }
        // Pages without blank lines between paragraphs glue everything: no signal there.
        guard (1..<n).contains(where: { !glued($0 - 1, $0) }) else { return }
        var keptBefore = false
        for i in 0..<(n - 1) {
            defer { if reasons[i] == nil { keptBefore = true } }
            guard facts[i].creditLabel, reasons[i] == .photoCredit, keptBefore else { continue }
            let j = i + 1
            let f = facts[j]
            guard reasons[j] == nil, glued(i, j), f.scalars <= 200, f.words >= 2, f.words <= 30, f.sentenceBreaks == 0,
                  !f.isDateLine, f.last != 0x3A, f.last != 0x3F else { continue }
            if j + 1 < n && glued(j, j + 1) && reasons[j + 1] == nil { continue }
            reasons[j] = .photoCredit
        }
        // The caption above its credit: a short line and the credit glued together as a block of their own.
        keptBefore = false
        for i in 1..<n {
            let j = i - 1
            defer { if reasons[j] == nil { keptBefore = true } }
            guard facts[i].creditLabel, reasons[i] == .photoCredit, reasons[j] == nil, glued(j, i) else { continue }
            let f = facts[j]
            guard keptBefore, f.scalars <= 160, f.words >= 2, f.words <= 25, f.sentenceBreaks == 0, !f.isDateLine,
                  f.last != 0x3A, f.last != 0x3F, f.last != 0x21 else { continue }
            if j > 0 && glued(j - 1, j) && reasons[j - 1] == nil { continue }
            if i + 1 < n && glued(i, i + 1) && reasons[i + 1] == nil { continue }
            reasons[j] = .photoCredit
        }
    }

    /// Paragraphs of a cookie banner that name cookies but have fewer banner words, next to one that
    /// was recognised.
    static func markCookieNeighbours(_ reasons: inout [BoilerplateReason?], facts: [Facts]) {
        let n = reasons.count
        var changed = true
        while changed {
            changed = false
            for i in 0..<n where reasons[i] == nil && facts[i].cookieCandidate {
                let prev = i > 0 ? reasons[i - 1] : nil
                let next = i + 1 < n ? reasons[i + 1] : nil
                if prev == .cookie || next == .cookie { reasons[i] = .cookie; changed = true }
            }
        }
    }

    /// Long paragraphs confidently in another language than the body's.
    static func markOtherLanguage(_ reasons: inout [BoilerplateReason?], paragraphs: [Paragraph], facts: [Facts],
                                  languages: [LanguageGuess?], bodyLanguage: String?) {
        let n = reasons.count
        guard languages.count == n else { return }
        var body = bodyLanguage.map(family)
        if body == nil {
            // The body's language from the paragraphs' guesses, weighted by letters.
            var weight: [String: Int] = [:]
            for i in 0..<n { if let g = languages[i], g.confidence >= 0.5 { weight[family(g.code), default: 0] += facts[i].letters } }
            let total = weight.values.reduce(0, +)
            if let best = weight.max(by: { $0.value < $1.value }), best.value * 2 > total { body = best.key }
        }
        guard let body else { return }
        var candidates: [Int] = []
        var removedLetters = 0
        var totalLetters = 0
        for i in 0..<n {
            totalLetters += facts[i].letters
            guard reasons[i] == nil, let g = languages[i] else { continue }
            let confident = g.reliable ? g.confidence >= 0.7 : g.confidence >= 0.9
            guard confident, facts[i].letters >= 60, facts[i].words >= 8, family(g.code) != body else { continue }
            candidates.append(i)
            removedLetters += facts[i].letters
        }
        // If most of the text is "foreign", the body language is the doubtful one: remove nothing.
        guard !candidates.isEmpty, removedLetters * 2 < totalLetters else { return }
        // A paragraph between two body paragraphs in the body's language is body text misread (a Serbian
        // paragraph read as Slovak): banners in another language stand before or after the body.
        func bodyParagraph(_ k: Int) -> Bool {
            guard reasons[k] == nil, facts[k].letters >= 60, let g = languages[k] else { return false }
            return family(g.code) == body
        }
        for i in candidates {
            if (0..<i).contains(where: bodyParagraph), ((i + 1)..<n).contains(where: bodyParagraph) { continue }
            reasons[i] = .otherLanguage
        }
    }

    /// Languages a detector confuses with each other count as one.
    static func family(_ code: String) -> String {
        switch DateFormats.normalized(code) {
        case "no", "nb", "nn", "da": "no"
        case "sr", "hr", "bs", "sh", "me", "cnr": "sh"
        case "ms", "id": "ms"
        case "bg", "mk": "bg"
        case "cs", "sk": "cs"
        case let c: c
        }
    }
}
