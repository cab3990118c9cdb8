/// Picks the article's title among its kept paragraphs.
///
/// The title is the first kept paragraph that reads like a headline: short (≤ 200 characters, 2–30
/// words), no sentence-final period or ellipsis, not a caption or credit, not a date stamp or byline.
/// Stamps, bylines, kickers (`SPORT`) and short captions before it are skipped; when the article starts
/// with its lead paragraph (long running text) there is no title.
public struct HeadlineDetector: Sendable {
    public init() {}

    /// How many kept paragraphs are looked at.
    static let window = 5

    /// The title, or nil when the article has none (e.g. it starts with its lead paragraph).
    public func title(kept: [Paragraph], language: String?) -> String? {
        var scan = LineScan()
        let table = DateFormats.table(for: language)
        var skippedSentences = 0
        for p in kept.prefix(Self.window) {
            scan.scan(p.text, limit: 2000)
            switch Self.judge(scan, table: table, language: language) {
            case .title:
                // After a short sentence (a caption without credit), only a clear headline counts.
                if skippedSentences == 0 || scan.words >= 4 { return p.text }
                return nil
            case .skip:
                if scan.endsWithPeriod || scan.endsWithEllipsis {
                    skippedSentences += 1
                    if skippedSentences > 2 { return nil }
                }
                continue
            case .stop: return nil
            }
        }
        return nil
    }

    enum Verdict { case title, skip, stop }

    static func judge(_ s: LineScan, table: MonthTable, language: String?) -> Verdict {
        let toks = s.tokens
        // Running text: the lead paragraph. Nothing after it is the title.
        if s.scalarCount > 200 || s.words > 30 || s.sentenceBreaks >= 2 { return .stop }
        if s.words == 0 { return .skip }
        // Stamps and bylines.
        if s.numbers > 0 && !DateFormats.stamps(in: s, table: table, language: language).isEmpty { return .skip }
        if isByline(s) { return .skip }
        // Captions and credits that the boilerplate stage left.
        var facts = BoilerplateStripper.Facts(s)
        if BoilerplateStripper.classify(s, facts: &facts).reason != nil { return .skip }
        let endsSentence = s.endsWithPeriod || s.endsWithEllipsis
        let last = s.lastMeaningful
        if endsSentence || last == 0x3A || last == 0x2C || last == 0x3B {
            // A short sentence (caption without credit, standfirst): look further; a long one is the lead.
            return s.scalarCount >= 140 || s.sentenceBreaks >= 1 || s.words >= 20 ? .stop : .skip
        }
        // Kickers: one word, or a short all-caps label.
        if s.words < 2 { return .skip }
        if s.words <= 3 && s.scalarCount <= 30 && toks.allSatisfy({ $0.isNumber || $0.allUpper || $0.count == 1 }) && s.upperLetters >= 2 {
            return .skip
        }
        // A headline starts with a capital, a digit or a quote, not mid-sentence.
        if let firstWord = toks.first, firstWord.lowerFirst && firstWord.offset == 0 { return .skip }
        // Mostly letters.
        if s.letters * 2 < s.scalarCount - s.words { return .skip }
        return .title
    }

    /// `By Jane Doe`, `Av Ola Nordmann, NTB`, `Yazar: …`.
    static func isByline(_ s: LineScan) -> Bool {
        guard s.scalarCount <= 80, s.words <= 8, let first = s.tokens.first, !first.isNumber,
              BoilerplateKeywords.bylineWords.contains(first.hash) else { return false }
        // `Door onze correspondent Maarten Veldkamp`, `By our correspondent`: possessives and byline words first.
        var k = 1
        while k < s.tokens.count, k <= 3, !s.tokens[k].isNumber, s.tokens[k].pre != 0x3A,
              BoilerplateKeywords.ourWords.contains(s.tokens[k].hash) || BoilerplateKeywords.bylineWords.contains(s.tokens[k].hash) {
            k += 1
        }
        if k < s.tokens.count {
            let next = s.tokens[k]
            return next.pre == 0x3A || next.upperFirst || next.allUpper
        }
        return true
    }
}
