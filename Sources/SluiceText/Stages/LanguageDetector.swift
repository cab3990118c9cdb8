import CCLD2

/// Detects the language of paragraphs and whole articles: CLD2 plus cheap evidence of our own.
///
/// CLD2 is good on long text but weak on titles and unsure between close languages (Nynorsk often
/// comes out as "no", Turkish and Azerbaijani, Bosnian, Croatian and Serbian get mixed up; with the
/// full tables it even calls short Russian titles Serbian). So every text is scanned once for scripts,
/// diagnostic letters, function words, stems, endings and word pairs (`LanguageEvidence`), and the
/// scores are added to CLD2's vote, weighted by the bytes CLD2 scored. Inside a group of close
/// languages (`Languages.groups`) our evidence decides and CLD2 only breaks ties.
///
/// An article's evidence is the sum of its paragraphs' (each paragraph's bytes reach CLD2 once), so
/// a paragraph in another language (a cookie banner) weighs only its length.
public struct LanguageDetector: Sendable {
    /// Below this score (about one common word, or CLD2 on ~15 bytes) there is no guess.
    public var minimumScore: Float = 0.8

    public init() {}

    /// The language of one piece of text (a paragraph, a title), or nil when unknown.
    public func detect(_ text: String) -> LanguageGuess? {
        decide(evidence(for: text), prior: nil)?.guess
    }

    /// The article's language from its kept paragraphs (weighted by length) and each paragraph's guess.
    /// A paragraph with weak evidence that fits the article's language well enough gets that language.
    ///
    /// CLD2 costs a fixed ~5 µs per call on top of its per-byte cost, so consecutive paragraphs whose
    /// own evidence agrees (or is silent) go to CLD2 together, up to `batchBytes`, and share its vote
    /// by length; a paragraph whose evidence points elsewhere (a banner in another language) starts a
    /// new batch and gets a vote of its own. No byte is sent to CLD2 twice.
    public func detectArticle(_ paragraphs: [Paragraph]) -> (language: LanguageGuess?, perParagraph: [LanguageGuess?]) {
        decide(evidence(of: paragraphs), including: { _ in true })
    }

    /// The article's language from the evidence of the paragraphs `including` accepts, and every
    /// paragraph's guess (judged against that language). Re-deciding on a subset — after boilerplate
    /// removal — costs no second CLD2 call.
    func decide(_ each: [LanguageEvidence], including: (Int) -> Bool) -> (language: LanguageGuess?, perParagraph: [LanguageGuess?]) {
        let article = articleDecision(each, including: including)
        let perParagraph = each.map { decide($0, prior: article?.language)?.guess }
        return (article?.guess, perParagraph)
    }

    /// The article's language alone (no per-paragraph guesses) from the paragraphs `including` accepts.
    func articleLanguage(_ each: [LanguageEvidence], including: (Int) -> Bool) -> LanguageGuess? {
        articleDecision(each, including: including)?.guess
    }

    private func articleDecision(_ each: [LanguageEvidence], including: (Int) -> Bool) -> Decision? {
        var total = LanguageEvidence()
        for (i, e) in each.enumerated() where including(i) { total.add(e) }
        return decide(total, prior: nil)
    }

    /// Each paragraph's evidence: our scan plus CLD2, called on batches of paragraphs.
    func evidence(of paragraphs: [Paragraph]) -> [LanguageEvidence] {
        var scanner = TokenScanner()
        var each = paragraphs.map { scanned($0.text, with: &scanner) }
        var batch: [BatchMember] = []
        var batchKey = -1
        var batchLength = 0
        var buffer: [UInt8] = []
        func send() {
            guard !batch.isEmpty else { return }
            if batch.count == 1 {
                var copy = paragraphs[batch[0].index].text
                copy.withUTF8 { addCLD2($0, to: &each, members: batch) }
            } else {
                buffer.removeAll(keepingCapacity: true)
                for member in batch {
                    buffer.append(contentsOf: paragraphs[member.index].text.utf8)
                    buffer.append(0x0A)
                }
                buffer.withUnsafeBufferPointer { addCLD2($0, to: &each, members: batch) }
            }
            batch.removeAll(keepingCapacity: true)
            batchKey = -1
            batchLength = 0
        }
        // The article's own language as our evidence sees it: the key with the most bytes. Once
        // `sampleBytes` of its paragraphs (and of silent ones) went to CLD2, the rest ride on that
        // sample's vote per byte instead of being sent (CLD2 is the pipeline's largest cost); a paragraph
        // whose evidence points elsewhere (a banner in another language) is always sent.
        let wanted = paragraphs.indices.filter { wantsCLD2(each[$0]) }
        let keys = wanted.map { evidenceKey(each[$0]) }
        var bytesByKey = [Int](repeating: 0, count: Languages.count)
        for (i, key) in zip(wanted, keys) where key >= 0 { bytesByKey[key] += paragraphs[i].text.utf8.count }
        var dominant = -1
        for key in bytesByKey.indices where bytesByKey[key] > (dominant < 0 ? 0 : bytesByKey[dominant]) { dominant = key }
        var sampled: [Int] = []
        var sampledBytes = 0
        var riders: [Int] = []
        for (i, key) in zip(wanted, keys) {
            let length = paragraphs[i].text.utf8.count
            let agrees = key < 0 || key == dominant
            if agrees && sampledBytes >= sampleBytes {
                riders.append(i)
                continue
            }
            if agrees {
                sampled.append(i)
                sampledBytes += length
            }
            if key >= 0 && batchKey >= 0 && key != batchKey { send() }
            if batchLength + length > batchBytes && !batch.isEmpty { send() }
            if key >= 0 { batchKey = key }
            batch.append(BatchMember(index: i, length: length))
            batchLength += length + 1
        }
        send()
        if !riders.isEmpty { extrapolate(from: sampled, to: riders, &each, paragraphs) }
        return each
    }

    /// Gives each of `riders` the CLD2 vote per byte of the `sampled` paragraphs, scaled by its length.
    func extrapolate(from sampled: [Int], to riders: [Int], _ each: inout [LanguageEvidence], _ paragraphs: [Paragraph]) {
        var cld = [Float](repeating: 0, count: Languages.count)
        var cldBytes = 0, length = 0
        var reliable = false
        for i in sampled {
            for l in 0..<Languages.count { cld[l] += each[i].cld[l] }
            cldBytes += each[i].cldBytes
            length += paragraphs[i].text.utf8.count
            reliable = reliable || each[i].cldReliable
        }
        guard length > 0 else { return }
        for r in riders {
            let scale = Float(paragraphs[r].text.utf8.count) / Float(length)
            for l in 0..<Languages.count where cld[l] > 0 { each[r].cld[l] += cld[l] * scale }
            let share = Int(Float(cldBytes) * scale)
            each[r].cldBytes += share
            each[r].cldReliable = each[r].cldReliable || (reliable && share >= 40)
        }
    }

    /// Bytes of the article's own language sent to CLD2 before further paragraphs of it ride on their vote.
    public var sampleBytes = 1000

    /// A paragraph in a CLD2 batch: its index and UTF-8 length.
    struct BatchMember {
        var index: Int
        var length: Int
    }

    /// Paragraphs sent to CLD2 together stay below this many bytes.
    public var batchBytes = 1500

    // MARK: - Evidence

    /// Our scan of one text plus one CLD2 call when worth it.
    func evidence(for text: String) -> LanguageEvidence {
        var e = [scanned(text)]
        if wantsCLD2(e[0]) {
            var copy = text
            copy.withUTF8 { addCLD2($0, to: &e, members: [BatchMember(index: 0, length: $0.count)]) }
        }
        return e[0]
    }

    /// Our own scan of one text (no CLD2).
    func scanned(_ text: String) -> LanguageEvidence {
        var scanner = TokenScanner()
        return scanned(text, with: &scanner)
    }

    /// `scanned(_:)` with a scanner reused from paragraph to paragraph.
    func scanned(_ text: String, with scanner: inout TokenScanner) -> LanguageEvidence {
        var e = LanguageEvidence.scan(text, with: &scanner)
        if e.scripts[Script.arabic.rawValue] > 0 { e.applyArabic(text) }
        return e
    }

    /// Whether CLD2 is worth a call: enough letters, and not a script that names its language alone.
    func wantsCLD2(_ e: LanguageEvidence) -> Bool {
        let s = e.scripts
        let letters = e.letters
        // CLD2 is costly per call (~175 KB of scratch) and says little about a few letters.
        guard letters >= 10 else { return false }
        let selfNaming = s[Script.armenian.rawValue] + s[Script.georgian.rawValue] + s[Script.greek.rawValue]
            + s[Script.hebrew.rawValue] + s[Script.thai.rawValue] + s[Script.hangul.rawValue] + s[Script.kana.rawValue]
        return selfNaming * 10 < letters * 8
    }

    /// The language (group) our own evidence points to, -1 when it says little: what decides whether
    /// two paragraphs may share a CLD2 call.
    func evidenceKey(_ e: LanguageEvidence) -> Int {
        var best = -1
        var bestScore: Float = 2
        for i in 0..<Languages.count where e.scores[i] > bestScore {
            best = i
            bestScore = e.scores[i]
        }
        guard best >= 0 else { return -1 }
        let group = Languages.groupOf[best]
        return group >= 0 ? Languages.groups[group].members[0] : best
    }

    /// One CLD2 call on `utf8`, the text of `members` (paragraph index, bytes); its vote is shared
    /// among them by length, weighted by the bytes CLD2 scored and its reliability.
    func addCLD2(_ utf8: UnsafeBufferPointer<UInt8>, to evidence: inout [LanguageEvidence], members: [BatchMember]) {
        guard let base = utf8.baseAddress, !utf8.isEmpty else { return }
        _ = Self.heapWarmUp
        var result = CCLD2_Result()
        let status = base.withMemoryRebound(to: CChar.self, capacity: utf8.count) {
            CCLD2_detect_flags($0, utf8.count, nil, CCLD2_FLAG_BEST_EFFORT, &result)
        }
        guard status == 0 else { return }
        let scored = Int(result.text_bytes)
        var factor: Float = result.reliable == 0 ? 0.5 : 1
        if scored < 30 { factor *= 0.6 }
        // CLD2's top three as (language, fraction) pairs, flattened ("no" stands for two languages).
        var voteLanguages: [Int] = []
        var voteFractions: [Float] = []
        for k in 0..<3 {
            let percent = k == 0 ? result.percent : k == 1 ? result.percent2 : result.percent3
            guard percent > 0 else { continue }
            let code = k == 0 ? Self.string(result.code) : k == 1 ? Self.string(result.code2) : Self.string(result.code3)
            for language in Languages.fromCLD2(code) {
                voteLanguages.append(language)
                voteFractions.append(Float(percent) / 100)
            }
        }
        var totalLength = 0
        for member in members { totalLength += member.length }
        totalLength = max(1, totalLength)
        for member in members {
            let index = member.index
            let share = Float(scored) * Float(member.length) / Float(totalLength)
            let weight = min(share, 1000) / 12 * factor
            for v in voteLanguages.indices { evidence[index].cld[voteLanguages[v]] += weight * voteFractions[v] }
            evidence[index].cldBytes += Int(share)
            evidence[index].cldReliable = evidence[index].cldReliable || (result.reliable != 0 && share >= 40)
        }
    }

    /// CLD2 allocates and frees about 175 KB of scratch per call. Until the process has freed one block
    /// big enough to be mmapped, glibc keeps its default 128 KB trim threshold and hands that scratch
    /// back to the kernel after every call (three `brk` calls per paragraph: +0.3 ms per article).
    /// Freeing one 1 MiB block once raises glibc's dynamic thresholds, as any larger read would.
    static let heapWarmUp: Void = {
        let block = UnsafeMutableRawPointer.allocate(byteCount: 1 << 20, alignment: 16)
        block.storeBytes(of: 1, as: UInt8.self)
        block.deallocate()
    }()

    /// A NUL-terminated `char[16]` from the C result.
    static func string<T>(_ tuple: T) -> String {
        withUnsafeBytes(of: tuple) { raw in
            String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
    }

    // MARK: - Decision

    struct Decision {
        var language: Int
        var guess: LanguageGuess
    }

    /// The best language for `e`; with a `prior` (the article's language), weak evidence that fits
    /// the prior about as well goes to the prior.
    func decide(_ e: LanguageEvidence, prior: Int?) -> Decision? {
        let count = Languages.count
        let combined = combinedScores(e)
        var best = -1
        var bestScore: Float = 0
        for i in 0..<count where combined[i] > bestScore {
            bestScore = combined[i]
            best = i
        }
        guard best >= 0, bestScore >= minimumScore else { return nil }
        let group = Languages.groupOf[best]
        // The runner-up outside the winner's group.
        var second: Float = 0
        for i in 0..<count where i != best && (group < 0 || Languages.groupOf[i] != group) {
            second = max(second, combined[i])
        }
        var language = best
        var margin = (bestScore - second) / bestScore

        if group >= 0 {
            let members = Languages.groups[group].members
            let groupScores = refine(e, group: Languages.groups[group])
            var top = 0
            for k in groupScores.indices.dropFirst() where groupScores[k] > groupScores[top]
                || (groupScores[k] == groupScores[top] && e.cld[members[k]] > e.cld[members[top]])
            {
                top = k  // ties go to the first member (the most common) unless CLD2 named another
            }
            language = members[top]
            var next: Float = 0
            for k in groupScores.indices where k != top { next = max(next, groupScores[k]) }
            let topScore = groupScores[top]
            let groupMargin = topScore > 0 ? min(1, (topScore - next) / max(topScore, 2)) : 0
            margin = min(margin, 0.3 + 0.7 * groupMargin)
            if let prior, prior != language, let k = members.firstIndex(of: prior), topScore - groupScores[k] < 1.5 {
                language = prior
            }
        }

        let amount = min(1, bestScore / 6)
        var confidence = amount * (0.5 + 0.5 * max(0, margin))
        if let prior, prior != language, confidence < 0.5 {
            let priorScore = combined[prior]
            if priorScore >= 0.6 * bestScore {
                language = prior
                confidence = min(confidence, priorScore / bestScore * confidence)
            }
        }
        let rounded = (Double(confidence) * 1000).rounded() / 1000
        return Decision(
            language: language,
            guess: LanguageGuess(code: Languages.codes[language], confidence: rounded, reliable: confidence >= 0.6))
    }

    /// Our evidence plus CLD2's vote per language. CLD2 guesses even on a title; two of its habits are
    /// discounted: a vote for a language our evidence does not support at all while another has real
    /// evidence (a Serbian title starting "Erdogan:" called English) counts half, and so does, on
    /// short text, a vote for a language we keep no word lists for (Occitan for a French title).
    func combinedScores(_ e: LanguageEvidence) -> [Float] {
        var strongest: Float = 0
        for s in e.scores { strongest = max(strongest, s) }
        let short = e.cldBytes < 200
        let latinText = e.scripts[Script.latin.rawValue] > e.scripts[Script.cyrillic.rawValue]
        var combined = e.scores
        // Group-only evidence (stems, endings, a variant's lexicon) breaks ties between groups.
        for i in 0..<Languages.count where e.groupScores[i] > 0 { combined[i] += 0.1 * e.groupScores[i] }
        for i in 0..<Languages.count where e.cld[i] > 0 {
            var vote = e.cld[i]
            if e.scores[i] <= 0 && strongest >= 3 { vote *= 0.5 }
            // Latin script: CLD2 follows names (`Washington`, `Erdoğan`) into English or Turkish on short
            // text; where our evidence for its pick is under a third of the strongest, its vote counts half.
            else if short && latinText && e.scores[i] * 3 <= strongest && strongest >= 2 { vote *= 0.5 }
            if short && i >= Languages.withWordLists && e.scores[i] <= 0 { vote *= 0.5 }
            combined[i] += vote
        }
        // With the full tables CLD2 calls short Bulgarian and Macedonian text Serbian: on short
        // Cyrillic text its Serbian vote counts (a little less) for those our own evidence supports too.
        let sr = Languages.sr
        if short && e.cld[sr] > 0 && e.scripts[Script.cyrillic.rawValue] > e.scripts[Script.latin.rawValue] {
            for i in [Languages.bg, Languages.mk] where e.scores[i] > 0 && e.cld[i] == 0 {
                combined[i] += 0.9 * e.cld[sr]
            }
        }
        return combined
    }

    /// Re-decides inside a group of close languages with our own evidence; CLD2 weighs only the
    /// group's `cldFactor`. Returns each member's score, in the group's order.
    func refine(_ e: LanguageEvidence, group: Languages.Group) -> [Float] {
        var scored: [Float] = []
        scored.reserveCapacity(group.members.count)
        let latin = e.scripts[Script.latin.rawValue]
        let cyrillic = e.scripts[Script.cyrillic.rawValue]
        for m in group.members {
            var s = e.scores[m] + e.groupScores[m] + group.cldFactor * e.cld[m]
            if m == Languages.tr {
                // Azerbaijani writes ə in nearly every sentence; Turkish never, nor q or x.
                if e.schwa == 0 && latin >= 25 { s += 2 }
            } else if m == Languages.az {
                s += 0.7 * Float(min(e.qx, 5))
            } else if m == Languages.sr && cyrillic > latin {
                s += 100  // Croatian and Bosnian are written in Latin script
            }
            scored.append(s)
        }
        return scored
    }
}
