import Foundation

/// Language-independent page furniture, recognised by its shape rather than its words: the rules that
/// still work for a language the keyword tables do not know.
///
/// - A **button row** closing a paragraph: sentences (10+ words), then short button labels separated
///   by `|` ("… we use cookies to improve the site. Accept all | Settings").
/// - A **byline**: a byline word in one of ~30 languages, then only capitalised names ("di Marco Bellandi").
/// - An **update stamp**: an "updated" word in one of ~35 languages, then a short date, time or age
///   ("Updated 2 min ago", "Oppdatert 28. september 2023 kl. 11:40", "Ultimo aggiornamento: 12/10/2020").
///   Publication stamps stay: they are the dates stage's metadata.
/// - A **breadcrumb**: three or more short segments (≤ 4 words each, ≤ 12 words in all) separated by
///   ` / `, ` > `, ` » ` or ` › `, with no sentence punctuation ("Sport / Hockey / World Championship").
enum BoilerplateStructure {
    /// Reasons for paragraphs no other rule removed; nil where the shape says nothing.
    static func reason(_ text: String) -> BoilerplateReason? {
        guard fits(text, 1200) else { return nil }
        // The length limits of the breadcrumb and byline rules, checked here first (cheap when the bytes fit).
        if fits(text, 120) && isBreadcrumb(text) { return .navigation }
        if fits(text, 80) && (isByline(text) || isNameAndAgency(text) || isUpdateStamp(text)) { return .template }
        if endsWithButtonRow(text) { return .template }
        return nil
    }

    /// Whether `text` has at most `limit` scalars: O(1) when its UTF-8 bytes already fit.
    @inline(__always)
    static func fits(_ text: String, _ limit: Int) -> Bool {
        text.utf8.count <= limit || ByteSearch.scalarCount(text) <= limit
    }

    /// The scalars before the first space or tab, lower-cased: the only word that can open a byline or
    /// update stamp (a word holding a space scalar matches no marker).
    static func firstWordLowercased(_ text: String) -> String {
        let scalars = text.unicodeScalars
        let end = scalars.firstIndex(where: { $0 == " " || $0 == "\t" }) ?? scalars.endIndex
        return String(scalars[..<end]).lowercased()
    }

    /// Words that open a byline ("By", "Von", "di", "Eftir", "Teksts:", "Автор:" …), lower-cased, colon
    /// dropped. A byline is such a word followed by 1–5 capitalised words (names, agencies) joined at most
    /// by "and"-words: "di Marco Bellandi", "By Reuters Staff". "Von der Leyen …" is not one (lower-case "der").
    static let bylineMarkers: Set<String> = [
        "by", "von", "par", "por", "di", "de", "da", "door", "av", "af", "eftir", "nga", "od", "от", "від",
        "autor", "аутор", "autorka", "autorius", "autorė", "author", "avtor", "autore", "auteur", "tekst", "teksts", "tekstas", "teksti",
        "text", "texte", "reportagem", "reportage", "reporter", "piše", "пише", "пишува", "написал", "автор",
        "текст", "аўтар", "συντάκτης", "του", "της", "szerző", "müəllif", "yazar", "muhabir", "toimittaja",
        "skrevet", "journalist", "redaktor", "reporting", "written",
        "per", "muallif", "муаллиф", "авторы", "авторът", "հեղինակ", "ავტორი", "autorja", "autorul", "autora", "escrit",
    ]
    static let connectors: Set<String> = ["and", "und", "og", "et", "e", "y", "i", "ja", "és", "och", "и", "і", "та", "και", "ve", "və", "&", "/", ",", "-", "–",
        // A place after the names: "Reportagem: Ana Duarte, do Rio", "By Jane Doe in Moscow".
        "in", "from", "do", "da", "em", "en", "aus", "dal",
        // An agency after the names: "Par Marie Dupont avec AFP", "By Jane Doe with Reuters".
        "with", "avec", "mit", "con", "com", "met", "med", "ile"]

    static func isByline(_ text: String) -> Bool {
        guard fits(text, 80) else { return false }
        // A role after a bar: "Por Álvaro Jiménez | Enviado especial a Bakú", "By Jane Doe | Moscow correspondent".
        // (No `|` byte, no bar: Foundation's search is skipped.)
        if ByteSearch.contains(0x7C, in: text), let bar = text.range(of: " | ") {
            let role = text[bar.upperBound...].split(separator: " ")
            return !role.isEmpty && role.count <= 6 && isByline(String(text[..<bar.lowerBound]))
        }
        // The marker first: most lines fail there, before the whole line is split. A cheap look at the
        // scalars before the first space, then the exact check on the first word.
        var opening = firstWordLowercased(text)
        if opening.hasSuffix(":") || opening.hasSuffix("՝") { opening.removeLast() }  // `Автор:`, Armenian `Հեղինակ՝`
        guard bylineMarkers.contains(opening) else { return false }
        guard let first = text.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "\t" }).first else { return false }
        var marker = first.lowercased()
        let labelled = marker.hasSuffix(":") || marker.hasSuffix("՝")
        if labelled { marker.removeLast() }
        guard bylineMarkers.contains(marker) else { return false }
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard tokens.count >= 2, tokens.count <= 7 else { return false }
        if text.last == "." || text.last == "!" || text.last == "?" { return false }
        var names = 0
        for token in tokens.dropFirst() {
            let word = token.trimmingCharacters(in: .punctuationCharacters)
            if word.isEmpty || connectors.contains(word.lowercased()) { continue }
            if agencyNames.contains(word.lowercased()) { names += 1; continue }  // "Von Anna Müller, dpa"
            // Georgian (Mkhedruli) has no capitals: after a label (`ავტორი: გიორგი ბერიძე`) its names count as they are.
            guard let initial = word.first,
                  initial.isUppercase || (labelled && ("\u{10D0}"..."\u{10FF}").contains(initial)) else { return false }
            names += 1
        }
        return (1...5).contains(names)
    }

    /// News agencies that sign bylines, lower-cased ("dpa" is written so).
    static let agencyNames: Set<String> = [
        "reuters", "ap", "afp", "dpa", "apa", "epd", "ntb", "tt", "stt", "ritzau", "anadolu", "aa", "tass", "тасс",
        "ria", "риа", "interfax", "интерфакс", "efe", "ansa", "pap", "čtk", "tasr", "mti", "bta", "hina", "tanjug",
        "sta", "leta", "bns", "elta", "agerpres", "armenpress", "azertac", "ukrinform", "укрінформ", "belta", "белта",
        "бэлта", "xinhua", "anp", "belga", "lusa", "bloomberg",
        "kazinform", "казинформ", "kabar", "кабар", "akipress", "акипресс", "uza", "уза", "apa", "trend", "turan",
        "бта", "мия", "фена", "fena", "fonet", "фонет", "beta", "бета", "танјуг", "агерпрес", "արմենպրես",
        "ინტერპრესნიუსი", "საქინფორმი", "ipn", "kyodo", "yonhap", "europa press", "acn", "cna", "ria novosti",
    ]

    /// "Jane Doe, Reuters", "Ola Nordmann, NTB": two to four capitalised names, a comma, one agency.
    static func isNameAndAgency(_ text: String) -> Bool {
        // The comma before the agency first: most lines have none.
        guard ByteSearch.contains(0x2C, in: text), fits(text, 60) else { return false }
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard (3...5).contains(tokens.count), let last = tokens.last else { return false }
        guard agencyNames.contains(last.lowercased()), tokens[tokens.count - 2].hasSuffix(",") else { return false }
        return tokens.dropLast().allSatisfy { token in
            let word = token.trimmingCharacters(in: .punctuationCharacters)
            return word.first?.isUppercase == true && !word.contains(where: \.isNumber)
        }
    }

    /// Words and two-word phrases that open an update stamp, lower-cased, colon dropped.
    static let updateMarkers: Set<String> = [
        "updated", "update", "oppdatert", "uppdaterad", "opdateret", "päivitetty", "aktualisiert", "actualizado",
        "actualizada", "aggiornato", "aggiornata", "atualizado", "atualizada", "bijgewerkt", "zaktualizowano",
        "aktualizováno", "aktualizované", "aktualizirano", "ažurirano", "ажурирано", "posodobljeno", "обновлено",
        "обновено", "оновлено", "абноўлена", "актуализирано", "frissítve", "uuendatud", "atjaunots", "atjaunināts",
        "atnaujinta", "güncellendi", "güncelleme", "yenilənib", "yeniləndi", "përditësuar", "përditësimi",
        "actualizat", "ενημερώθηκε", "ενημέρωση", "թարմացվել", "թարմացված", "განახლდა", "განახლებულია", "uppfært",
        "aktualizacja", "aktualizace", "aktualizácia", "aktualizēts", "atjaunināts", "atnaujinimas", "päivitys",
        "frissítés", "posodobitev", "обновление", "оновлення", "актуализация", "актуализација", "ажурирање",
        "güncellenme", "actualización", "actualizare", "aggiornamento", "atualização", "oppdatering", "opdatering",
        "uppdatering", "aktualisierung", "updated on", "updated at", "actualizado el", "atualizado em", "aggiornato il",
        "last updated", "sist oppdatert", "senast uppdaterad", "senest opdateret", "zuletzt aktualisiert",
        "mis à jour", "mise à jour", "última actualización", "ultimo aggiornamento", "última atualização",
        "laatst bijgewerkt", "ostatnia aktualizacja", "son güncelleme", "последнее обновление", "останнє оновлення",
        "viimeksi päivitetty", "utolsó frissítés", "ultima actualizare", "posljednje ažuriranje", "poslední aktualizace",
        "actualitzat", "actualitzada", "actualització", "жаңартылды", "жаңартылған", "жаңыланды", "жаңыртылды",
        "yangilandi", "янгиланди", "абноўлены", "ажурирана", "ажуриран", "ανανεώθηκε", "uppdaterat", "oppdatert:",
        "sist endra", "sist endret", "sidst opdateret", "viimati uuendatud", "pēdējo reizi atjaunināts",
    ]

    /// "Updated 2 min ago", "Päivitetty 10.11.2020 klo 17.40": an update marker, then at most eight short
    /// words with a number among them, and no sentence.
    /// The first words of `updateMarkers`: a line whose first word is none of them is no update stamp.
    static let updateFirstWords: Set<String> = Set(updateMarkers.map { String($0.split(separator: " ")[0]) })

    static func isUpdateStamp(_ text: String) -> Bool {
        guard fits(text, 80) else { return false }
        // The first word (colon dropped) must open a marker: checked before splitting the whole line.
        var first = firstWordLowercased(text)
        if first.hasSuffix(":") { first.removeLast() }
        guard updateFirstWords.contains(first), text.contains(where: \.isNumber) else { return false }
        if text.last == "!" || text.last == "?" { return false }
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { $0.lowercased() }
        func marker(_ n: Int) -> Bool {
            guard tokens.count > n else { return false }
            var phrase = tokens[0..<n].joined(separator: " ")
            if phrase.hasSuffix(":") { phrase.removeLast() }
            return updateMarkers.contains(phrase)
        }
        let rest = marker(3) ? tokens.count - 3 : marker(2) ? tokens.count - 2 : marker(1) ? tokens.count - 1 : -1
        guard (1...8).contains(rest) else { return false }
        // A sentence ends with a period after a word ("Updated figures show it grew."), a stamp with a number.
        if text.last == ".", let before = text.dropLast().last, !before.isNumber { return false }
        return true
    }

    static func words(_ s: Substring) -> Int {
        s.split(whereSeparator: { $0 == " " || $0 == "\t" }).count
    }

    static func isBreadcrumb(_ text: String) -> Bool {
        guard fits(text, 120) else { return false }
        // Without a byte of `/`, `>`, `»` or `›` no separator occurs (a cheap check before Foundation's search).
        guard text.utf8.contains(where: { $0 == 0x2F || $0 == 0x3E || $0 == 0xBB || $0 == 0xBA }) else { return false }
        for separator in [" / ", " > ", " » ", " › "] {
            // Three parts need two separators: counted on the bytes before Foundation splits the line.
            guard occurrences(of: separator, in: text) >= 2 else { continue }
            let parts = text.components(separatedBy: separator).map { Substring($0) }
            guard parts.count >= 3 else { continue }
            let counts = parts.map(words)
            if counts.allSatisfy({ (1...4).contains($0) }), counts.reduce(0, +) <= 12,
               !text.contains(where: { $0 == "." || $0 == "!" || $0 == "?" || $0 == ":" }) {
                return true
            }
        }
        return false
    }

    /// How often `needle`'s bytes occur in `text`'s (overlapping occurrences counted).
    static func occurrences(of needle: String, in text: String) -> Int {
        let pattern = Array(needle.utf8)
        var count = 0
        var copy = text
        copy.withUTF8 { bytes in
            guard bytes.count >= pattern.count else { return }
            for i in 0...(bytes.count - pattern.count) where bytes[i] == pattern[0] {
                var k = 1
                while k < pattern.count && bytes[i + k] == pattern[k] { k += 1 }
                if k == pattern.count { count += 1 }
            }
        }
        return count
    }

    /// Sentences, then button labels: "… We use cookies. Accept all | Settings". A headline followed by
    /// a site name ("Long headline | VG") has no sentence end before the pipe and is left alone.
    static func endsWithButtonRow(_ text: String) -> Bool {
        // No `|`: one part. Checked on the bytes first, so that running text is never split by Character.
        guard ByteSearch.contains(0x7C, in: text) else { return false }
        let parts = text.split(separator: "|", omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return false }
        guard parts.dropFirst().allSatisfy({ (1...3).contains(words($0)) }) else { return false }
        let lead = parts[0]
        guard words(lead) >= 10 else { return false }
        // The first button's label follows the last sentence end of the lead.
        guard let end = lead.lastIndex(where: { $0 == "." || $0 == "!" || $0 == "?" }) else { return false }
        let label = lead[lead.index(after: end)...]
        return (1...4).contains(words(label))
    }
}
