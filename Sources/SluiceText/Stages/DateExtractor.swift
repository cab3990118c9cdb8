public import SluiceCore

/// Finds the publication date with its precision and source.
///
/// Sources, most trusted first: the scraper's ` date` prefix (`metadata`), publication stamps in short
/// lines (`stamp`: `Publisert: 01.10.20`, `Published 12 October 2020`, `23.11.2024 | 20:00`,
/// `7 Kasım 2020`, `12 октября 2020 г.`), and a full date in a dateline at the start of one of the
/// first paragraphs (`body`). A date is never more precise than its source states, a day is never
/// invented, and a candidate that disagrees with the metadata is recorded in `conflicts` instead of
/// replacing it. Month names come from CLDR (Foundation), built once per language and cached.
public struct DateExtractor: Sendable {
    public init() {}

    /// - Parameters:
    ///   - metadata: the date of the ` date YYYY-MM` prefix, if any.
    ///   - kept: the paragraphs left after boilerplate removal (dates in removed spans never count).
    ///   - language: the article's language.
    ///   - removedStamps: removed lines of the article's head (its own publication or update stamp, taken out
    ///     of the text as metadata); only stamps with a keyword (`Updated`, `Publisert:`) count from them.
    public func extract(metadata: PublishedDate?, kept: [Paragraph], language: String?, removedStamps: [Paragraph] = []) -> PublishedDate? {
        let table = DateFormats.table(for: language)
        var scan = LineScan()
        var published: [DateHit] = []
        var plain: [DateHit] = []
        var updated: [DateHit] = []
        var body: DateHit?
        for p in removedStamps where p.end - p.start <= 160 && ByteSearch.mayHoldDigit(p.text) {
            scan.scan(p.text, limit: Int.max)
            guard scan.numbers > 0 else { continue }
            for s in DateFormats.stamps(in: scan, table: table, language: language) {
                switch s.kind {
                case .published?: published.append(s.hit)
                case .updated?: updated.append(s.hit)
                default: break
                }
            }
        }
        for (n, p) in kept.enumerated() {
            let short = p.end - p.start <= 160
            // No digit, no number: nothing to scan for.
            guard short || (n < 3 && body == nil), ByteSearch.mayHoldDigit(p.text) else { continue }
            scan.scan(p.text, limit: short ? Int.max : 120)
            guard scan.numbers > 0 else { continue }
            if short {
                let stamps = DateFormats.stamps(in: scan, table: table, language: language)
                if !stamps.isEmpty {
                    for s in stamps {
                        switch s.kind {
                        case .published?: published.append(s.hit)
                        case .updated?: updated.append(s.hit)
                        default: plain.append(s.hit)
                        }
                    }
                    continue
                }
            }
            // A dateline: a full date among the first tokens of one of the first paragraphs.
            if n < 3 && body == nil {
                let hits = DateFormats.find(in: scan, table: table, language: language, twoDigitYears: false)
                if let h = hits.first, h.day != 0, !h.isAmbiguous, Self.isDateline(h, in: scan) { body = h }
            }
        }
        return Self.decide(metadata: metadata, published: published, plain: plain, updated: updated, body: body)
    }

    /// Combines the candidates: the most specific date consistent with the metadata wins; disagreeing
    /// stamps become conflicts.
    static func decide(metadata: PublishedDate?, published: [DateHit], plain: [DateHit], updated: [DateHit], body: DateHit?) -> PublishedDate? {
        var candidates: [(DateHit, PublishedDate.Source)] = (published + plain).map { ($0, .stamp) }
        if candidates.isEmpty { candidates = updated.map { ($0, .stamp) } }
        if let body { candidates.append((body, .body)) }

        func resolve(_ h: DateHit, near reference: PublishedDate?) -> DateHit? {
            guard h.isAmbiguous else { return h }
            guard let reference else { return nil }
            let a = DateHit(year: h.year, month: h.month, day: h.day, tokenStart: h.tokenStart, tokenEnd: h.tokenEnd)
            let b = DateHit(year: h.year, month: h.altMonth, day: h.altDay, tokenStart: h.tokenStart, tokenEnd: h.tokenEnd)
            let ca = consistent(a.string, reference.date), cb = consistent(b.string, reference.date)
            if ca && !cb { return a }
            if cb && !ca { return b }
            return nil
        }

        guard let metadata else {
            // No metadata: the first published/plain stamp, else an update stamp, else a dateline.
            let resolved = candidates.compactMap { c in resolve(c.0, near: nil).map { ($0, c.1) } }
            guard let (best, source) = resolved.first else { return nil }
            var conflicts: [String] = []
            for (h, s) in resolved.dropFirst() where s == .stamp && !updated.contains(h) && !consistent(h.string, best.string) {
                if !conflicts.contains(h.string) { conflicts.append(h.string) }
            }
            return PublishedDate(date: best.string, precision: best.day == 0 ? .month : .day, source: source, conflicts: conflicts)
        }

        // With metadata, an update stamp never contradicts it; it refines it only when no other stamp exists.
        var withMetadata: [(DateHit, PublishedDate.Source)] = (published + plain).map { ($0, .stamp) }
        let refiningUpdates = withMetadata.isEmpty ? updated.filter { consistent($0.string, metadata.date) } : []
        withMetadata += refiningUpdates.map { ($0, .stamp) }
        if let body { withMetadata.append((body, .body)) }
        var result = metadata
        var chosen = false
        for (raw, source) in withMetadata {
            guard let h = resolve(raw, near: metadata) else { continue }
            let date = h.string
            if consistent(date, metadata.date) {
                let precision: PublishedDate.Precision = h.day == 0 ? .month : .day
                if !chosen && rank(precision) > rank(result.precision) {
                    result = PublishedDate(date: date, precision: precision, source: source, conflicts: result.conflicts)
                    chosen = true
                }
            } else if source == .stamp {
                if !result.conflicts.contains(date) { result.conflicts.append(date) }
            }
        }
        return result
    }

    /// `MOSCOW, October 12, 2020 — …`, `12.10.2020, Riga – …`, `ANKARA (AA) 12 Ekim 2020 -`: the date opens the
    /// paragraph, after at most a capitalised place name and agency, and a dash or comma follows it.
    static func isDateline(_ h: DateHit, in scan: LineScan) -> Bool {
        let toks = scan.tokens
        guard h.tokenStart <= 4 else { return false }
        for k in 0..<h.tokenStart where !(toks[k].upperFirst || toks[k].allUpper) { return false }
        guard h.tokenEnd < toks.count else { return false }
        let next = toks[h.tokenEnd]
        // Allow a time between the date and the dash: `12.10.2020 14:30 -`.
        var k = h.tokenEnd
        var pre = next.pre
        while k < toks.count && toks[k].isNumber && (toks[k].pre == 0x3A || toks[k].pre == 0 || toks[k].pre == 0x2E) && k < h.tokenEnd + 2 {
            k += 1
            pre = k < toks.count ? toks[k].pre : 0
        }
        return pre == 0x2D || pre == 0x2C || pre == 0x28 || pre == 0x7C || pre == 0x2014 || pre == 0x3A
    }

    /// One date is a prefix of the other (`2020-10` and `2020-10-13`).
    static func consistent(_ a: String, _ b: String) -> Bool { a.hasPrefix(b) || b.hasPrefix(a) }

    static func rank(_ p: PublishedDate.Precision) -> Int {
        switch p { case .year: 0; case .month: 1; case .day: 2 }
    }
}
