import Foundation
import SluiceCore
import SluiceTestSupport
import SluiceText
import Testing

/// Builds paragraphs the way `ArticleTagger` does.
func seedDocument(_ name: String) throws -> TextDocument {
    let text = try TextDecoder().decode(try Seeds.bytes(name)).text
    let split = MetadataSplitter().split(text)
    return TextDocument(text: text, bodyStart: split.bodyOffset, metadataDate: split.published)
}

func lines(_ text: String) -> [Paragraph] { TextDocument(text: text).paragraphs }

@Suite struct BoilerplateStripperTests {
    let stripper = BoilerplateStripper()

    func strip(_ text: String, body: String? = nil) -> (kept: [String], removed: [String: String]) {
        let doc = TextDocument(text: text)
        let (kept, removed) = stripper.strip(doc.paragraphs, languages: doc.paragraphs.map { _ in nil }, bodyLanguage: body)
        var map: [String: String] = [:]
        for r in removed { map[doc.slice(r.start, r.end)] = r.reason }
        return (kept.map(\.text), map)
    }

    @Test func agencySignOffs_areCredits_proseIsKept() {
        let body = "Armenia ja Azerbaidžan sopivat tulitauosta Moskovassa pitkien neuvottelujen jälkeen, kertoivat molemmat osapuolet."
        let (kept, removed) = strip("\(body)\n\nSTT–AFP\n\nČTK, kop\n\nLETA\n\nIzvor: Tanjug\n\nAFP reported that the talks failed in Moscow.", body: "fi")
        #expect(removed["LETA"] == "photo-credit")
        #expect(removed["Izvor: Tanjug"] == "photo-credit")
        #expect(removed["STT–AFP"] == "photo-credit")
        #expect(removed["ČTK, kop"] == "photo-credit")
        #expect(kept.contains(body))
        #expect(kept.contains("AFP reported that the talks failed in Moscow."))
    }

    @Test func newsroomFooters_commentPromptsAndAgeNotices_inManyLanguages() {
        let body = "Armenia og Aserbajdsjan ble enige om en ny våpenhvile etter lange forhandlinger i Moskva, opplyser begge parter."
        let footers = [
            "Tips oss: 02244 | tips@avisen.no", "Ansvarleg redaktør: Kari Nordbø | Les om personvern",
            "Главный редактор: Иван Петров", "Odgovorni urednik: Ivan Horvat",
            "Vous souhaitez réagir ? Connectez-vous pour commenter.", "Diskusia (87)",
            "This article is more than 1 year old", "Subscreva a nossa newsletter e receba as notícias do dia no seu email.",
            "Ovaj sajt koristi kolačiće. Nastavkom korišćenja sajta slažete se sa upotrebom kolačića. Prihvatam", "PUB",
            "Por Álvaro Jiménez | Enviado especial a Bakú", "By Jane Doe | Moscow correspondent",
        ]
        let (kept, removed) = strip(([body] + footers).joined(separator: "\n\n"), body: "nb")
        for footer in footers { #expect(removed[footer] != nil, "\(footer)") }
        #expect(kept == [body])
        // The same words inside prose stay.
        let prose = "Redaktøren sa at tips fra lesere ofte gir de beste sakene, og at diskusjonen om dette fortsetter."
        #expect(strip("\(body)\n\n\(prose)", body: "nb").kept == [body, prose])
    }

    @Test func mostReadHeadingsAdsAndShareLabels_inMoreLanguages() {
        let slovene = "Turški predsednik Erdoğan in ruski predsednik Putin sta se v sredo v Sočiju skoraj tri ure pogovarjala o razmerah."
        let (keptSlovene, removed) = strip("\(slovene)\n\nI PIÙ LETTI\n\nOglasno sporočilo\n\nРэклама\n\nKomentarji (12)", body: "sl")
        #expect(keptSlovene == [slovene])
        #expect(removed["I PIÙ LETTI"] == "related-list")
        #expect(removed["Oglasno sporočilo"] == "advertisement")
        #expect(removed["Рэклама"] == "advertisement")
        #expect(removed["Komentarji (12)"] == "comment-notice")
        let greek = "Ο Δένδιας συναντήθηκε με τον Μνατσακανιάν στην Αθήνα και συζήτησαν την κατάσταση στο Ναγκόρνο-Καραμπάχ."
        let (kept, removedGreek) = strip("\(greek)\n\nΚοινοποίηση: Facebook Twitter Email\n\nΑκολουθήστε μας στο Google News", body: "el")
        #expect(removedGreek["Κοινοποίηση: Facebook Twitter Email"] == "share-buttons")
        #expect(removedGreek["Ακολουθήστε μας στο Google News"] == "subscription")
        #expect(kept == [greek])
    }

    @Test func seed004_removesAdsCategoriesAndPreviousNewsList() throws {
        let doc = try seedDocument("004_7c32e402a30a8c6e.txt")
        let (kept, removed) = stripper.strip(doc.paragraphs, languages: doc.paragraphs.map { _ in nil }, bodyLanguage: "tr")
        let reasons = Dictionary(removed.map { (doc.slice($0.start, $0.end), $0.reason) }, uniquingKeysWith: { a, _ in a })
        #expect(reasons["Reklam"] == "advertisement")
        #expect(reasons["Kategoriler: Dış Açı"] == "category-list")
        #expect(reasons["Önceki Haberler"] == "related-list")
        #expect(reasons["16 Ocak 2026 19:49"] == "related-list")
        #expect(reasons["Bakırhan: Türkiye, Suriye’de garantör ülke olsun"] == "related-list")
        #expect(removed.filter { $0.reason == "advertisement" }.count == 4)
        // No body paragraph removed: everything kept is before the list, and every body line is kept.
        let keptTexts = kept.map(\.text)
        #expect(keptTexts.first == "Kremlin’den Karabağ açıklaması: Aliyev yaşananlardan dolayı özür diledi")
        #expect(keptTexts.last?.hasPrefix("Açıklamada, bölgedeki ulaşım") == true)
        #expect(keptTexts.contains("‘BARIŞ ANLAŞMASI İÇİN ÇALIŞMALAR SÜRECEK’"))
        #expect(keptTexts.count == 10)
        #expect(!keptTexts.contains { $0.contains("2026") })
    }

    @Test func seed002_removesCaptionsAndRelatedLine_keepsStamp() throws {
        let doc = try seedDocument("002_4538f194cfa74816.txt")
        let (kept, removed) = stripper.strip(doc.paragraphs, languages: doc.paragraphs.map { _ in nil }, bodyLanguage: "nb")
        let reasons = Dictionary(removed.map { (doc.slice($0.start, $0.end), $0.reason) }, uniquingKeysWith: { a, _ in a })
        #expect(reasons["KREVER STANS: Vladimir Putin og Emmanuel Macron vil ha slutt på krigingen i Nagorno-Karabakh. Foto: LUDOVIC MARIN / AFP"] == "photo-credit")
        #expect(reasons["RENSER VÅPEN: Unge frivillige hjelper til med å ta vare på våpnene nær Hadrut i Nagorno-Karabakh. Foto: Karen Mirzoyan / AP"] == "photo-credit")
        #expect(reasons["les også Russland og NATO møtes også i Kaukasus-krig"] == "related-list")
        #expect(removed.count == 3)
        let keptTexts = kept.map(\.text)
        #expect(keptTexts.contains("Publisert: 01.10.20"))
        #expect(keptTexts.contains("Konflikten raser"))
        #expect(keptTexts.contains("Hevder fremmedkrigere strømmer til"))
    }

    @Test func seed003_removesTurkishCookieBanner() throws {
        let doc = try seedDocument("003_59be5f47db3bc1db.txt")
        let (kept, removed) = stripper.strip(doc.paragraphs, languages: doc.paragraphs.map { _ in nil }, bodyLanguage: "en")
        let cookie = removed.filter { $0.reason == "cookie-notice" || $0.reason == "other-language" }
        #expect(cookie.count == 4)
        #expect(removed.contains { doc.slice($0.start, $0.end) == "X" })
        #expect(kept.count == 15)
        #expect(!kept.contains { $0.text.contains("çerez") })
    }

    @Test func seed003_withLanguageGuesses_removesOtherLanguageParagraphs() throws {
        let doc = try seedDocument("003_59be5f47db3bc1db.txt")
        let guesses: [LanguageGuess?] = doc.paragraphs.map {
            $0.text.contains("çerez") || $0.text.contains("Bunu yaparken") ? LanguageGuess(code: "tr", confidence: 0.99, reliable: true)
                : LanguageGuess(code: "en", confidence: 0.99, reliable: true)
        }
        let (kept, removed) = stripper.strip(doc.paragraphs, languages: guesses, bodyLanguage: "en")
        #expect(removed.count == 5)
        #expect(kept.count == 15)
    }

    @Test func seeds000and001_removeNothing() throws {
        for name in ["000_be13250f815f3705.txt", "001_8538775e057fa5b3.txt"] {
            let doc = try seedDocument(name)
            let (kept, removed) = stripper.strip(doc.paragraphs, languages: doc.paragraphs.map { _ in nil }, bodyLanguage: nil)
            #expect(removed.isEmpty, "\(name)")
            #expect(kept.count == doc.paragraphs.count)
        }
    }

    // MARK: Multilingual rules

    @Test(arguments: [
        ("We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies.", "cookie-notice"),
        ("Vi bruker informasjonskapsler for å gi deg en bedre opplevelse av nettstedet. Ved å fortsette godtar du dette.", "cookie-notice"),
        ("Šī vietne izmanto sīkdatnes. Turpinot lietot vietni, jūs piekrītat sīkdatņu izmantošanai.", "cookie-notice"),
        ("Kasutame küpsiseid, et parandada teie kogemust meie veebilehel. Jätkates nõustute küpsiste kasutamisega.", "cookie-notice"),
        ("Mes naudojame slapukus, kad pagerintume jūsų patirtį svetainėje.", "cookie-notice"),
        ("Мы используем файлы cookie, чтобы улучшить работу сайта. Продолжая, вы соглашаетесь с политикой конфиденциальности.", "cookie-notice"),
        ("Używamy ciasteczek, aby ulepszyć działanie strony. Korzystając ze strony, wyrażasz zgodę.", "cookie-notice"),
        ("Wir verwenden Cookies, um unsere Website zu verbessern. Mehr dazu in der Datenschutzerklärung.", "cookie-notice"),
        ("Reklam", "advertisement"), ("Advertisement", "advertisement"), ("Annonse", "advertisement"), ("Anzeige", "advertisement"),
        ("Reklāma", "advertisement"), ("Реклама", "advertisement"), ("Publicité", "advertisement"), ("Sponsored", "advertisement"),
        ("Foto: Ludovic Marin / AFP", "photo-credit"), ("Photo: Reuters", "photo-credit"), ("Фото: РИА Новости", "photo-credit"),
        ("Fotoğraf: AA", "photo-credit"), ("Putin und Erdoğan in Sotschi (Photo by Mikhail Svetlov/Getty Images)", "photo-credit"),
        ("Präsident Putin in Moskau. Mikhail Klimentyev / Sputnik", "photo-credit"), ("© AFP", "photo-credit"),
        ("Read also: Putin and Erdoğan meet in Sochi", "related-list"), ("Loe ka: Putin kohtub Erdoğaniga", "related-list"),
        ("Lasiet arī: Putins tiekas ar Erdoganu", "related-list"), ("Читайте также: Путин встретился с Эрдоганом", "related-list"),
        ("Tags: Putin, Erdoğan, Karabakh", "category-list"), ("Etiketler: Putin, Erdoğan", "category-list"),
        ("Теги: Путин, Эрдоган", "category-list"), ("Emneord: Russland, Tyrkia", "category-list"),
        ("Home > World > Europe", "navigation"), ("Ana Sayfa", "navigation"), ("Главная", "navigation"),
        ("Share on Facebook", "share-buttons"), ("Paylaş", "share-buttons"), ("Del", "share-buttons"), ("Поделиться", "share-buttons"),
        ("Facebook Twitter WhatsApp", "share-buttons"),
        ("Subscribe to our newsletter", "subscription"), ("Abone ol", "subscription"), ("Подпишитесь на рассылку", "subscription"),
        ("© 2024 Example Media. All rights reserved.", "copyright"), ("Tüm hakları saklıdır.", "copyright"),
        ("Все права защищены", "copyright"), ("Visas tiesības aizsargātas", "copyright"),
        ("Comments (12)", "comment-notice"), ("Yorumlar", "comment-notice"), ("Комментарии закрыты.", "comment-notice"),
        ("Kommentarer er stengt for denne saken.", "comment-notice"),
        ("×", "template"), ("Yükleniyor...", "template"), ("{{ article.title }}", "template"),
        ("Διαβάστε επίσης: Κορονοϊός: 460 νέα κρούσματα", "related-list"), ("Аутор: Танјуг", "template"),
        ("Εγγραφείτε στο newsletter μας για να λαμβάνετε τις σημαντικότερες ειδήσεις.", "subscription"),
        ("Užsiprenumeruokite mūsų naujienlaiškį", "subscription"),
    ] as [(String, String)])
    func rule_removesBoilerplateLine(line: String, reason: String) {
        let text = "Putin and Erdoğan discussed the conflict in Nagorno-Karabakh by telephone on Tuesday, the Kremlin said in a statement published after the call.\n\(line)\nThe two leaders agreed to keep in close contact, according to the statement, which gave no further details about the talks."
        let (kept, removed) = strip(text)
        #expect(removed[line] == reason, "\(line)")
        #expect(kept.count == 2)
    }

    @Test func relatedHeading_removesTheHeadlinesThatFollow() {
        let text = """
        Президенты обсудили ситуацию в Нагорном Карабахе по телефону, сообщили в Кремле после разговора в среду вечером в Москве.
        Читайте также
        Путин встретился с Эрдоганом в Сочи
        Цены на нефть выросли
        12 октября 2020
        """
        let (kept, removed) = strip(text)
        #expect(kept.count == 1)
        #expect(removed["Путин встретился с Эрдоганом в Сочи"] == "related-list")
        #expect(removed["12 октября 2020"] == "related-list")
    }

    @Test func relatedHeading_stopsAtRunningText() {
        let text = """
        Les også
        Krigen i Kaukasus
        Tunge kamper mellom armenske og aserbajdsjanske styrker fortsatte onsdag for fjerde dag på rad siden konflikten brøt ut søndag, skriver nyhetsbyrået AP i en oppdatering.
        """
        let (kept, _) = strip(text)
        #expect(kept.count == 2)
    }

    @Test func headlineDateList_withoutHeadingIsRemoved_stampIsKept() {
        let text = """
        Publisert: 01.10.20 14:32
        Russlands president Vladimir Putin og Frankrikes president Emmanuel Macron ber partene i Nagorno-Karabakh om å stanse kampene umiddelbart, heter det i en uttalelse.
        Mest lest
        Rekordmange nordmenn handler aksjer (04.10.2020)
        Oljeprisen stiger igjen (03.10.2020)
        """
        let (kept, removed) = strip(text, body: "nb")
        #expect(kept.first == "Publisert: 01.10.20 14:32")
        #expect(removed["Oljeprisen stiger igjen (03.10.2020)"] == "related-list")
        #expect(removed.count == 3)
    }

    @Test func otherLanguage_onlyWhenConfidentAndLong() {
        let body = "Presidents Recep Tayyip Erdoğan and Vladimir Putin discussed Turkish-Russian relations and regional developments on Saturday."
        let doc = TextDocument(text: "\(body)\n\(body)\nİnternet sitemizin düzgün çalışması için kişisel veri politikamıza uygun olarak teknik araçlar kullanılmaktadır.\nKısa satır burada.")
        let en = LanguageGuess(code: "en", confidence: 0.98, reliable: true)
        let tr = LanguageGuess(code: "tr", confidence: 0.97, reliable: true)
        let (kept, removed) = stripper.strip(doc.paragraphs, languages: [en, en, tr, tr], bodyLanguage: "en")
        #expect(removed.count == 1)
        #expect(removed.first?.reason == "other-language")
        #expect(kept.count == 3)
        // Without a body language, the guesses' majority is the body's.
        #expect(stripper.strip(doc.paragraphs, languages: [en, en, tr, tr], bodyLanguage: nil).removed.count == 1)
        // Not confident: kept.
        let weak = LanguageGuess(code: "tr", confidence: 0.5, reliable: false)
        #expect(stripper.strip(doc.paragraphs, languages: [en, en, weak, nil], bodyLanguage: "en").removed.isEmpty)
        // Norwegian Bokmål and Danish are one family: no removal.
        let nb = LanguageGuess(code: "nb", confidence: 0.98, reliable: true)
        let da = LanguageGuess(code: "da", confidence: 0.99, reliable: true)
        #expect(stripper.strip(doc.paragraphs, languages: [nb, nb, da, nil], bodyLanguage: "nb").removed.isEmpty)
    }

    // MARK: Negative tests: prose is kept

    @Test(arguments: [
        "The bakery sold more than 2,000 cookies on Saturday, and the owner said demand had doubled since the festival began.",
        "The photo, taken by a local resident, shows smoke rising over Stepanakert after overnight shelling, officials said.",
        "Фотографии, опубликованные в социальных сетях, показывают разрушенные дома в Степанакерте.",
        "Fotoğraf sanatçısı sergisinde Karabağ'daki yıkımı anlatan kareleri ziyaretçilerle paylaştı.",
        "Related talks between the two foreign ministers will take place in Moscow next week, the ministry said.",
        "Reklam sektöründe yaşanan daralma, medya şirketlerinin gelirlerini de olumsuz etkiledi.",
        "Share prices in Istanbul rose sharply on Thursday after the central bank raised interest rates.",
        "Home owners in the region have been told to prepare for evacuation if the fighting spreads.",
        "Çerez ve kuruyemiş satan esnaf, bayram öncesi satışların arttığını söyledi.",
        "Tags on the missiles showed they had been produced in 2019, investigators said.",
        "Comments by the Turkish president drew a sharp response from Yerevan on Monday.",
        "– Vi er dypt bekymret, heter det videre.",
        "Konflikten raser",
    ])
    func prose_isKept(_ line: String) {
        let text = "Putin and Erdoğan discussed the conflict in Nagorno-Karabakh by telephone on Tuesday, the Kremlin said in a statement published after the call.\n\(line)\nThe two leaders agreed to keep in close contact, according to the statement, which gave no further details about the talks."
        let (kept, removed) = strip(text)
        #expect(removed.isEmpty, "\(line) → \(removed)")
        #expect(kept.count == 3)
    }

    @Test func neverRemovesEverything() {
        let (kept, removed) = strip("Reklam\nAdvertisement\nFoto: AFP")
        #expect(!kept.isEmpty)
        #expect(kept.count + removed.count == 3)
    }

    @Test func emptyInput() {
        let (kept, removed) = stripper.strip([], languages: [], bodyLanguage: nil)
        #expect(kept.isEmpty && removed.isEmpty)
    }

    /// Strips `keeping[0]`, then `lines`, then the rest of `keeping`, one paragraph each: every line of `lines`
    /// must go (with `reason`, when given) and exactly `keeping` stay.
    func expectRemoved(_ lines: [String], reason: String? = nil, keeping: [String], language: String,
                       sourceLocation: SourceLocation = #_sourceLocation) {
        let (kept, removed) = strip(([keeping[0]] + lines + keeping.dropFirst()).joined(separator: "\n\n"), body: language)
        for line in lines {
            #expect(removed[line] != nil && (reason == nil || removed[line] == reason), "\(line)", sourceLocation: sourceLocation)
        }
        #expect(kept == keeping, sourceLocation: sourceLocation)
    }

    /// Every line of `lines` between two body paragraphs goes (with `reason`, when given); every line of `prose`
    /// between two body paragraphs stays.
    func expectRemoved(_ lines: [String], reason: String? = nil, keepingProse prose: [String], around body: String,
                       language: String, sourceLocation: SourceLocation = #_sourceLocation) {
        expectRemoved(lines, reason: reason, keeping: [body, body + " (\(body.count))"], language: language, sourceLocation: sourceLocation)
        expectRemoved([], keeping: [body] + prose + [body], language: language, sourceLocation: sourceLocation)
    }

    @Test func captionGluedUnderCreditLine_isRemoved_bodyAfterBlankLineIsKept() {
        let lead = "Utrikesminister Ann Linde inleder på måndag en resa till Södra Kaukasus i egenskap av ordförande för OSSE, meddelar UD."
        let body = "Sverige är ordförandeland i OSSE under 2021, och konflikten har stått högt på dagordningen sedan kriget i höstas."
        let short = "I Georgien väntas Linde diskutera regeringskrisen."
        let text = "\(lead)\n\nFoto: Jessica Gow/TT\nAnn Linde under en presskonferens på UD i Stockholm.\n\n\(body)\n\nFoto: Reuters\n\n\(short)\n"
        let (kept, removed) = strip(text, body: "sv")
        #expect(removed["Ann Linde under en presskonferens på UD i Stockholm."] == "photo-credit")
        #expect(removed["Foto: Jessica Gow/TT"] == "photo-credit")
        // After a blank line, a short paragraph is body text, not a caption.
        #expect(kept == [lead, body, short])
        // A bare `Name / Agency` credit has its caption too; an agency sign-off does not.
        let bare = strip("\(lead)\n\nSergej Bobylev / TASS / NTB\nDei to leiarane helsar på kvarandre i Astana.\n\n\(body)\n\nLETA\n\(short)\n", body: "sv")
        #expect(bare.removed["Dei to leiarane helsar på kvarandre i Astana."] == "photo-credit")
        #expect(bare.kept.contains(short))
        // Above its credit, as a block of two lines; the title above a credit at the top stays.
        let above = strip("Linde reser till Kaukasus\nFoto: TT\n\n\(lead)\n\nAnn Linde på UD i Stockholm.\nFoto: Jessica Gow/TT\n\n\(body)\n", body: "sv")
        #expect(above.removed["Ann Linde på UD i Stockholm."] == "photo-credit")
        #expect(above.kept == ["Linde reser till Kaukasus", lead, body])
        // A page without blank lines glues every line: nothing is a caption by position there.
        let flat = strip("\(lead)\nFoto: Reuters\n\(short)\n\(body)\n", body: "sv")
        #expect(flat.kept.contains(short))
    }

    @Test func captionsEndingInAgencySlashPhotographer_andAbbreviatedCredits_areCredits() {
        let body = "Turkish Foreign Minister Hakan Fidan met his Russian counterpart Sergei Lavrov on Tuesday, officials said."
        let lines = [
            "Turkish Foreign Minister Hakan Fidan arrives for the BRICS meeting, June 10, 2024. REUTERS/Maxim Shemetov",
            "Fotografía de archivo del panel del Ibex 35 en la Bolsa de Madrid. EFE/Mariscal",
            "Rosyjskie wojska pokojowe w drodze do Górskiego Karabachu. Fot. PAP/EPA/Ministerstwo Obrony Rosji",
            "Juraj Slafkovský sa teší z gólu proti Kanade. FOTO TASR – Martin Baumann",
        ]
        expectRemoved(lines, reason: "photo-credit", keeping: [body, "Analysts said the deal, backed by Reuters/Ipsos polling, would hold."], language: "en")
    }

    @Test func newsletterPromptsAndPaywallNotices_inManyLanguages_bodyMentioningNewslettersIsKept() {
        let body = "Les ministres se sont rencontrés à Paris pour discuter de la coopération militaire entre les deux pays, selon l'AFP."
        let prompts = [
            "Get weekly news and analysis on the U.S. elections and how it matters to the world with the newsletter On the Ballot. Sign up here.",
            "Newsletter « Le Monde International » : Chaque semaine, le regard de nos correspondants. S'inscrire",
            "Newsletter: Prihláste sa na odber športových noviniek.",
            "Article réservé aux abonnés",
            "Kommentarar (4)",
            "Zdieľať článok",
            "Partager sur Facebook Partager sur X Envoyer par e-mail",
        ]
        let prose = "The newsletter, founded in 2019, reached 40,000 readers last year, its editor told the conference in Oslo on Monday evening."
        let letter = "Le ministre a envoyé une lettre au sommet pour inscrire la question du corridor à l'ordre du jour."
        expectRemoved(prompts, keeping: [body, prose, letter], language: "fr")
    }

    @Test func oneWordSectionLabelBetweenHeadlineAndBody_isNavigation() {
        let title = "Alijev hejser flaget i Karabakhs tomme hovedstad"
        let body = "Aserbajdsjans præsident, Ilham Alijev, har søndag for første gang besøgt Stepanakert, som Aserbajdsjan kalder Khankendi, efter offensiven i september."
        let cross = "Eksodus"
        let more = "Byen, der før offensiven i september havde omkring 55.000 indbyggere, er i dag næsten mennesketom, siger lokale kilder til Ritzau."
        let (kept, removed) = strip("\(title)\nSøndag 15. oktober 2023 kl. 18.40\nUdland\n\n\(body)\n\n\(cross)\n\n\(more)\n", body: "da")
        #expect(removed["Udland"] == "navigation")
        // After the running text has begun, a one-word line is a crosshead of the body.
        #expect(kept.contains(cross))
        #expect(kept.contains(title))
        #expect(kept.contains("Søndag 15. oktober 2023 kl. 18.40"))
    }

    @Test func followPromptsNeedANetworkAVerbAndUs_creditLabelsInGreekAndSouthSlavic() {
        let body = "Президент України Володимир Зеленський після переговорів у Стамбулі повернув додому командирів оборони Маріуполя."
        let prompts = [
            "Bizi Telegram'da takip edin",
            "Folgen Sie uns auf Instagram",
            "Join our WhatsApp channel for the latest updates",
            "Φωτογραφία: Reuters",
            "Slika: Pixsell",
            "Το Κρεμλίνο σε μια φωτογραφία αρχείου. ΦΩΤΟ: EPA",
        ]
        let prose = ["Zelensky wrote on Telegram that he would follow the talks closely.", "Turkey will follow the line agreed in Astana."]
        expectRemoved(prompts, keeping: [body] + prose, language: "uk")
    }

    @Test func relatedHeadingWithOneItemDatedInAnyNumericOrder_isRemoved() {
        let body = "Szijjártó Péter külgazdasági és külügyminiszter Bakuban tárgyalt Ilham Alijev azerbajdzsáni elnökkel, közölte a minisztérium."
        for (heading, item) in [("Kapcsolódó cikkek", "Orbán Viktor Törökországba utazik (2023.10.05.)"),
                                ("Առնչվող նյութեր", "Դրամի փոխարժեքը կայուն է (19.05.2023)")] {
            let (kept, removed) = strip("\(body)\n\n\(heading)\n\(item)\n", body: nil)
            #expect(removed[heading] == "related-list")
            #expect(removed[item] == "related-list")
            #expect(kept == [body])
        }
        // A parenthesis of numbers that is no date stays: "(1, 2)".
        let prose = "The ceasefire held in two districts (12, 14)"
        #expect(strip("\(body)\n\nKapcsolódó cikkek\n\(prose)\n\nA miniszter szerint Magyarország évente egymilliárd köbméter földgázt vásárolhat Azerbajdzsántól, ha a folyosó bővül.\n", body: "hu").kept.contains(prose))
    }

    @Test func round2Classes_breadcrumbsPaywallsBylinesReadingTimeNotices_bodyKept() {
        let body = "Armenija i Azerbajdžan dogovorili su prvi dio razgraničenja svoje zajedničke granice, objavile su vlade u Erevanu i Bakuu."
        let leftovers = [
            "Главная → В мире → СНГ", "Home · World · Europe",
            "Cet article vous est offert. Pour lire gratuitement les articles réservés aux abonnés, connectez-vous",
            "Door onze correspondent Maarten Veldkamp", "Leestijd 4 minuten", "Lesetid: 3 minutt",
            "Reageren is niet meer mogelijk bij dit artikel.", "Trykk her for å få varsler fra oss når det skjer noe nytt",
            "Saytdan istifadə zamanı istinad mütləqdir.", "BNS inf.", "Agencia EFE",
        ]
        let (kept, removed) = strip(([body] + leftovers + [body + " Pregovori se nastavljaju."]).joined(separator: "\n\n"), body: "hr")
        for line in leftovers { #expect(removed[line] != nil, "kept: \(line)") }
        #expect(kept.contains(body))
        // Must keep: a headline with a middle dot inside a word, a sentence naming subscribers.
        let keepers = ["Els col·legis electorals de Barcelona obren amb cues", "By our estimates Armenia will sign the treaty in spring."]
        let (kept2, _) = strip(([body] + keepers + [body]).joined(separator: "\n\n"), body: "hr")
        for line in keepers { #expect(kept2.contains(line), "removed: \(line)") }
    }

    @Test func sectionLabels_afterALeadInTheDateLine() {
        let lead = " date 2025-09 Två år efter flykten bor många fortfarande i tillfälliga bostäder i Armenien, visar en ny rapport från FN."
        let body = "I en ombyggd sovjetisk studentbostad i staden Masis, söder om Jerevan, delar familjen Hakobjan två rum sedan hösten 2023."
        let (kept, removed) = strip("\(lead)\n\nUtrikes\n\nTT-AFP\n\n\(body)\n\nNästa stycke med mer text om flyktingarna och deras framtid i Armenien, enligt rapporten.", body: "sv")
        #expect(removed["Utrikes"] == "navigation")
        #expect(kept.contains(body))
    }

    @Test func aParagraphBetweenBodyParagraphs_isNeverOtherLanguage() {
        let doc = TextDocument(text: "Prvi pasus teksta o odluci ministarskog saveta koji je doneo odluku o gašenju grupe posle tri decenije rada.\n\nPredsedavajuća je ocenila da je to dobar dan za mir na Južnom Kavkazu i da sve strukture treba da prestanu sa radom.\n\nTreći pasus teksta o reakcijama diplomata u Beču koji ocenjuju da je ovo prvi put posle dugo vremena da su svi složni.")
        let sr = LanguageGuess(code: "sr", confidence: 0.99, reliable: true)
        let sk = LanguageGuess(code: "sk", confidence: 0.99, reliable: true)
        let (kept, _) = stripper.strip(doc.paragraphs, languages: [sr, sk, sr], bodyLanguage: "sr")
        #expect(kept.count == 3)
    }

    @Test func captionCredits_trailingCreditWordParenthesisAndArmenianComma_proseKept() {
        let body = "Armenija i Azerbajdžan dogovorili su prvi dio razgraničenja svoje zajedničke granice, objavile su vlade u Erevanu i Bakuu."
        let captions = [
            "Protestuotojai Tbilisyje. AFP/Scanpix nuotr.", "Stanovnici sela Kirants na prosvjedu protiv razgraničenja (AFP)",
            "Στιγμιότυπο από την τελετή λήξης στο Ολύμπιον (ΑΠΕ-ΜΠΕ/Νίκος Αρβανιτίδης)",
            "Նիկոլ Փաշինյանը ասուլիսի ժամանակ։ Լուսանկարը՝ կառավարության մամուլի ծառայության",
        ]
        let (_, removed) = strip(([body] + captions + [body + " Pregovori se nastavljaju."]).joined(separator: "\n\n"), body: "hr")
        for line in captions { #expect(removed[line] == "photo-credit", "not a credit: \(line)") }
        // Must keep: prose that quotes an agency in parentheses and ends as a sentence.
        let prose = "Rusija nije službeno reagirala, a granični čuvari povučeni su ranije ove godine, prenosi agencija (AFP)."
        let (kept, _) = strip([body, prose, body].joined(separator: "\n\n"), body: "hr")
        #expect(kept.contains(prose))
    }

    @Test func readingTimesListenAndReadLaterButtons_inManyLanguages_proseWithTheWordsIsKept() {
        let body = "Armenija i Azerbajdžan dogovorili su prvi dio razgraničenja svoje zajedničke granice, objavile su vlade u Erevanu i Bakuu."
        let leftovers = [
            "Lexoni 3 minuta", "Оқу уақыты: 2 минут", "Leitura: 3 min.", "3 min de lecture", "Czas czytania: 4 min",
            "Час читання: 3 хв", "Okuma süresi: 2 dk", "Lukuaika 3 min", "Læsetid: 4 minutter", "Čas čítania: 5 minút",
            "Време за четене: 3 минути", "Χρόνος ανάγνωσης: 2 λεπτά", "Artikel anhören (3 Minuten)", "Escuchar la noticia",
            "Слушать статью", "Kuuntele artikkeli", "Lyt til artiklen", "Poslušajte članak", "Dëgjo artikullin",
            "Leer más tarde", "Salvar para ler depois", "Lire plus tard", "Läs senare", "Читать позже", "Lasīt vēlāk",
        ]
        // Prose that names reading, listening or saving stays.
        let prose = [
            "Die Leser können den Artikel anhören, sagte die Sprecherin der Zeitung am Montag in Berlin.",
            "Lectura obligatoria: el informe de la comisión sobre Bakú fue publicado el martes.",
            "Leitura de 3 minutos do relatório bastou para o ministro rejeitar a proposta.",
        ]
        expectRemoved(leftovers, reason: "template", keepingProse: prose, around: body, language: "hr")
    }

    @Test func captionShapes_archiveParenthesesInitialsAndFilePhotoCredits_proseKept() {
        let body = "Danmarks Nationalbank sænker sin udlånsrente med 0,25 procentpoint, samme dag som Den Europæiske Centralbank."
        let captions = [
            "Plataforma de produção de gás no mar Cáspio. Foto: D.R.",
            "Nationalbankens bygning på Havnegade i København. (Arkivfoto)", "Stortinget i Oslo (arkivbilde)",
            "Das Kanzleramt in Berlin (Archivbild)", "Putin in the Kremlin (archive photo)",
            "Ilham Aliyev em Baku (foto de arquivo)", "Кремль в Москве (архивное фото)", "Bakı limanı (arxiv şəkli)",
            "Armenian servicemen are greeted by relatives after an earlier prisoner release. REUTERS/Irakli Gedenidze/File Photo",
            "Сурет: ҚР СІМ баспасөз қызметі", "Ilham Aliyev at the summit in Baku. Photo credit: Reuters",
            "Aliyev à Bakou. Photo Ludovic Marin. AFP", "Aliyev in Bakoe. Foto ANP / Robin van Lonkhuijsen",
        ]
        // Prose naming an archive or a photo in parentheses, or an agency and a slash, stays.
        let prose = ["Arkivet ble åpnet for publikum i fjor (arkivet har to millioner dokumenter).",
                     "Reuters/Ipsos found that most voters back the deal, the agency said on Monday.",
                     "The ministry released a file (a photo of the border post) on Tuesday.",
                     "Putin met Aliyev in Baku. Photos of the talks were published by AFP"]
        expectRemoved(captions, reason: "photo-credit", keepingProse: prose, around: body, language: "da")
    }

    @Test func editorSignOffs_afterAnAbbreviationOrALabel_namesOnly() {
        let body = "Gruzińska Komisja Wyborcza ogłosiła w niedzielę wstępne wyniki wyborów parlamentarnych w całym kraju."
        let signOffs = ["Oprac. Tomasz Nowak", "Oprac. PAP", "Red. jk", "Pripremila: Ana Marić", "Hazırlayan: Ali Veli",
                        "Подготовила: Анна Иванова", "Përgatiti: Arben Hoxha"]
        let prose = ["Red Bull Racing wins again in Baku", "Pripremila je izvještaj za vladu u Zagrebu prošlog tjedna.",
                     "Oprac. przez komisję raport trafi do Sejmu w przyszłym tygodniu, zapowiedział minister."]
        expectRemoved(signOffs, reason: "template", keepingProse: prose, around: body, language: "pl")
    }

    @Test func relatedLinesEndingInADayAndMonth_areAList_aSentenceWithADateIsKept() {
        let body = "Suomi voitti jääkiekon maailmanmestaruuden, kun se kukisti loppuottelussa Kanadan jatkoajalla Tampereella."
        let items = ["Tšekki pronssille – Yhdysvallat kaatui maalijuhlassa (29.5.)", "HIFK hankki uuden maalivahdin (27.5.)"]
        let (kept, removed) = strip("\(body)\n\nLue myös:\n\(items.joined(separator: "\n"))\n", body: "fi")
        for line in items { #expect(removed[line] == "related-list", "kept: \(line)") }
        #expect(kept == [body])
        // Without a heading: two such lines in a row, also after a bar.
        let german = "Die Regierung in Eriwan hat das Römische Statut ratifiziert, wie das Parlament am Dienstag mitteilte."
        let lines = ["Kreml kritisiert Eriwan scharf | 29.05.", "Paschinjan reist nach Brüssel | 28.05."]
        let (_, removedDe) = strip("\(german)\n\n\(lines.joined(separator: "\n\n"))\n\n\(german) Weiter so.", body: "de")
        for line in lines { #expect(removedDe[line] == "related-list", "kept: \(line)") }
        // A sentence ending with a date, and numbered points, stay.
        let prose = ["Die Abstimmung im Parlament ist für Mittwoch angesetzt, das Ergebnis kommt am 29.05.",
                     "Die Frist endet laut Gesetz (Art. 5.)"]
        let (keptDe, _) = strip(([german] + prose + [german]).joined(separator: "\n\n"), body: "de")
        for line in prose { #expect(keptDe.contains(line), "removed: \(line)") }
    }

    @Test func viewCountersCommentsClosedAndReadUsPrompts_inMoreLanguages() {
        let body = "Հայաստանի արտաքին գործերի նախարարը Անկարայում հանդիպել է իր թուրք գործընկերոջ հետ և քննարկել սահմանի բացումը։"
        let leftovers = [
            "Դիտումներ՝ 3214", "Diskuse k článku je uzavřena.", "Komentari su zatvoreni.", "Коментарите са затворени.",
            "Жаңалықтарды Telegram арнамыздан оқыңыз", "Читайте нас в Telegram", "Προβολές: 1.204",
            "Zapratite nas na Instagramu", "Pridružite nam se na Viberu", "Больше новостей в нашем Telegram-канале",
            "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter", "AA muhabiri", "Լուսանկարը՝ news.am",
            "Zrzut ekranu", "Captura de pantalla", "Ekran görüntüsü", "#Armenia #Azerbaijan #Nagorno-Karabakh",
            "Zobacz galerię (12 zdjęć)", "Galerie (12 Bilder)", "Pokaż więcej", "Показать ещё", "Klikni za više",
            "Continuar leyendo", "Mehr anzeigen",
        ]
        // Prose naming Telegram or comments stays.
        let prose = ["Zelensky wrote on Telegram that the soldiers hold the line near Pokrovsk.",
                     "Читайте нас внимательно, сказал министр журналистам в Москве.",
                     "The hashtag #Karabakh trended on Tuesday, the ministry said.",
                     "Diskuse o rozpočtu je uzavřena, oznámil předseda sněmovny a vyhlásil hlasování o zákonu."]
        expectRemoved(leftovers, keepingProse: prose, around: body, language: "hy")
    }

    @Test func agesInRelatedLists_inManyLanguages_aSentenceStartingWithAnAgeIsKept() {
        let body = "Die Regierung in Eriwan hat das Römische Statut ratifiziert, wie das Parlament am Dienstag in Eriwan mitteilte."
        // Headline + age groups without a heading.
        let list = ["Kreml kritisiert Eriwan scharf", "vor 2 Stunden", "Paschinjan reist nach Brüssel", "vor 3 Stunden",
                    "Neue Gespräche in Abu Dhabi geplant", "vor 5 Stunden"]
        let (kept, removed) = strip(([body] + list + [body + " Weiter so."]).joined(separator: "\n\n"), body: "de")
        for line in list { #expect(removed[line] == "related-list", "kept: \(line)") }
        #expect(kept.count == 2)
        // Two headlines closed by an age after a dash or in parentheses.
        for items in [["Strømprisen faller i Sør-Norge – 2 timer siden", "Ny regjering på plass – for 3 timer siden"],
                      ["Putin arrives in Baku (2 hours ago)", "Aliyev meets Erdoğan (5 hours ago)"],
                      ["Prosvjed u Erevanu | prije 3 sata", "Novi pregovori u Abu Dhabiju | prije 5 sati"],
                      ["Протест в Ереване · 2 часа назад", "Переговоры в Абу-Даби · 5 часов назад"]] {
            let (_, removedItems) = strip("\(body)\n\n\(items.joined(separator: "\n"))\n\n\(body) Weiter so.", body: nil)
            for line in items { #expect(removedItems[line] == "related-list", "kept: \(line)") }
        }
        // Headline + "yesterday, 14:32" groups.
        let days = ["Протест в Ереване", "Вчера, 14:32", "Переговоры в Абу-Даби", "Вчера, 11:05", "Новый посол в Баку",
                    "Сегодня, 09:15"]
        expectRemoved(days, reason: "related-list", keeping: [body, body + " Weiter so."], language: "ru")
        let prose = ["Vor 2 Tagen hatte die Regierung das Statut dem Parlament vorgelegt, sagte der Sprecher.",
                     "Two soldiers were killed on the border, 2 days ago."]
        let (kept2, _) = strip(([body] + prose + prose + [body]).joined(separator: "\n\n"), body: "de")
        for line in prose { #expect(kept2.contains(line), "removed: \(line)") }
    }

    @Test func appPromptsTagsHomeLinksAndUpdateStamps_inMoreLanguages_proseKept() {
        let body = "Gruzińska Komisja Wyborcza ogłosiła w niedzielę wstępne wyniki wyborów parlamentarnych w całym kraju."
        let leftovers = [
            "Pobierz naszą aplikację i bądź na bieżąco", "Last ned appen vår!", "Скачайте наше приложение",
            "Завантажте наш застосунок", "Uygulamamızı indirin", "Lataa sovellus", "Téléchargez l'application",
            "Etiquetes: Geòrgia, eleccions", "Тегтер: Алматы, Баку", "Ετικέτες: Αρμενία, Αζερμπαϊτζάν",
            "Басты бет", "Αρχική", "Actualitzat: 12.10.2024 14:30", "Жаңартылды: 12.10.2024",
            "Tots els drets reservats © 2024", "Barcha huquqlar himoyalangan", "Mehr Artikel zu: Armenien",
            "Diesen Artikel teilen", "Jetzt kostenlos registrieren und weiterlesen", "ELTA nuotr.", "4 Min. Lesezeit",
            "Bu sayt kukilərdən istifadə edir. Qəbul edirəm", "Сайтът използва бисквитки. Приемам",
            "Αυτός ο ιστότοπος χρησιμοποιεί cookies. Αποδοχή", "Kommentare werden geladen", "Ваш браузер не підтримує відео",
            "Embed from Getty Images", "Artykuł pochodzi z archiwum", "Themen des Artikels", "Artikelens tema",
            "Subscriu-te al nostre butlletí diari", "Aquest lloc web utilitza galetes per millorar l'experiència. Accepto",
            "Овој сајт користи колачиња. Прифаќам",
        ]
        let prose = ["Millions download the app every day, the company said in its annual report.",
                     "Apple to let EU users download apps from websites",
                     "Last year the ministry said the app would help voters.",
                     "Ministerstwo zachęca, by pobrać aplikację mObywatel przed wyborami, bo przyspieszy to głosowanie."]
        expectRemoved(leftovers, keepingProse: prose, around: body, language: "pl")
    }
}
