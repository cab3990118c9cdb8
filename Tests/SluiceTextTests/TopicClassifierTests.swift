import Foundation
import SluiceCore
@testable import SluiceText
import Testing

struct TopicClassifierTests {
    let rules = """
        [topics.karabakh]
        entities = ["Nagorno-Karabakh"]
        keywords = ["karabakh", "карабах"]
        entity-weight = 2
        threshold = 2

        [topics.relations]
        groups = [["Russia"], ["Turkey"]]
        entities = ["Russia", "Turkey"]
        entity-weight = 1
        threshold = 2

        [topics.sport]
        keywords = ["football", "champions league", "gol "]
        threshold = 2
        languages = ["en", "tr"]
        """

    func entity(_ name: String) -> EntityTag { EntityTag(kind: "place", name: name, mentions: []) }

    @Test func entityAlone_reachesTheThreshold() throws {
        let classifier = try TopicClassifier(toml: rules, source: "test")
        #expect(classifier.classify(text: "…", title: nil, entities: [entity("Nagorno-Karabakh")], language: "en") == ["karabakh"])
    }

    @Test func keywordStems_matchWordStarts_inAnyScript() throws {
        let classifier = try TopicClassifier(toml: rules, source: "test")
        // One keyword scores 1 < 2; two distinct stems fire.
        #expect(classifier.classify(text: "Karabakhs ceasefire", title: nil, entities: [], language: "en").isEmpty)
        #expect(classifier.classify(text: "Karabakhs ceasefire; Нагорного Карабаха", title: nil, entities: [], language: "ru") == ["karabakh"])
        // A stem inside a word does not count.
        #expect(classifier.classify(text: "prekarabakh prекарабах", title: nil, entities: [], language: "en").isEmpty)
    }

    @Test func groups_needAMemberEach() throws {
        let classifier = try TopicClassifier(toml: rules, source: "test")
        #expect(classifier.classify(text: "", title: nil, entities: [entity("Russia")], language: "en").isEmpty)
        #expect(classifier.classify(text: "", title: nil, entities: [entity("Russia"), entity("Turkey")], language: "en") == ["relations"])
    }

    @Test func ungroupedThreshold_firesAtItsOwnScore_whenAGroupIsUnmet() throws {
        let toml = """
            [topics.region]
            entities = ["Nagorno-Karabakh", "Stepanakert"]
            groups = [["Armenia", "Azerbaijan"]]
            threshold = 2
            ungrouped-threshold = 4
            """
        let classifier = try TopicClassifier(toml: toml, source: "test")
        #expect(classifier.classify(text: "", title: nil, entities: [entity("Nagorno-Karabakh"), entity("Armenia")], language: "en") == ["region"])
        #expect(classifier.classify(text: "", title: nil, entities: [entity("Nagorno-Karabakh")], language: "en").isEmpty)
        #expect(classifier.classify(text: "", title: nil, entities: [entity("Nagorno-Karabakh"), entity("Stepanakert")], language: "en") == ["region"])
        #expect(throws: ConfigError.self) { try TopicClassifier(toml: "[topics.x]\nungrouped-threshold = 0\n", source: "test") }
    }

    @Test func phrasesAndExactWords_andLanguageLimits() throws {
        let classifier = try TopicClassifier(toml: rules, source: "test")
        #expect(classifier.classify(text: "A Champions League night; a gol at last", title: nil, entities: [], language: "en") == ["sport"])
        #expect(classifier.classify(text: "A Champions League night; a goldfish", title: nil, entities: [], language: "en").isEmpty)
        #expect(classifier.classify(text: "A Champions League night; a gol at last", title: nil, entities: [], language: "de").isEmpty)
    }

    @Test func contestedBy_doublesTheThreshold_whenTheContestingTopicFires() throws {
        let classifier = try TopicClassifier(toml: rules + "\n\n[topics.karabakh2]\nentities = [\"Aghdam\"]\nthreshold = 2\ncontested-by = [\"sport\"]\n", source: "test")
        let club = "Qarabag won the football match; a gol in the Champions League."
        #expect(classifier.classify(text: club, title: nil, entities: [entity("Aghdam")], language: "en") == ["sport"])
        #expect(classifier.classify(text: "Shelling near the town.", title: nil, entities: [entity("Aghdam")], language: "en") == ["karabakh2"])
    }

    @Test func aRuleMayReportAnotherTopic_once() throws {
        let classifier = try TopicClassifier(toml: rules + "\n\n[topics.peace]\ntopic = \"karabakh\"\ngroups = [[\"Armenia\"], [\"Azerbaijan\"]]\nkeywords = [\"peace\", \"border\"]\nthreshold = 2\n", source: "test")
        let both = [entity("Armenia"), entity("Azerbaijan")]
        #expect(classifier.classify(text: "Border delimitation brings the peace treaty closer.", title: nil, entities: both, language: "en") == ["karabakh"])
        // Both rules fire: the topic is reported once.
        #expect(classifier.classify(text: "Border and peace talks.", title: nil, entities: both + [entity("Nagorno-Karabakh")], language: "en") == ["karabakh"])
        // Must keep apart: one side only, or no peace-process words.
        #expect(classifier.classify(text: "Border delimitation brings the peace treaty closer.", title: nil, entities: [entity("Armenia")], language: "en").isEmpty)
        #expect(classifier.classify(text: "The two teams drew in the group stage.", title: nil, entities: both, language: "en").isEmpty)
    }

    @Test func builtInPeaceProcessRule_firesWithoutTheRegionsName_notOnSport() throws {
        let rules = TopicClassifier.builtInRules
        let both = [entity("Armenia"), entity("Azerbaijan")]
        let delimitation = "Armenija i Azerbajdžan dogovorili su razgraničenje granice; korak prema mirovnom sporazumu."
        #expect(rules.classify(text: delimitation, title: nil, entities: both, language: "hr").contains("nagorno-karabakh"))
        let match = "Qarabağ beat the Armenian champions 2-0 in the Champions League; the coach praised the striker after the football match at the stadium. Peace on the border of the pitch."
        #expect(!rules.classify(text: match, title: nil, entities: both, language: "en").contains("nagorno-karabakh"))
    }

    @Test func builtInKarabakhRule_needsASideOrTwoOfTheRegionsNames() throws {
        let rules = TopicClassifier.builtInRules
        // The region once in a report about something else, no side named: not the topic.
        let arms = "Ankara and Moscow back opposing sides in Syria, Libya and Nagorno-Karabakh, yet the S-400 deal stands."
        let others = [entity("Turkey"), entity("Russia"), entity("Syria"), entity("Libya")]
        #expect(!rules.classify(text: arms, title: nil, entities: others + [entity("Nagorno-Karabakh")], language: "en").contains("nagorno-karabakh"))
        // Once, with a side named: the topic.
        #expect(rules.classify(text: arms, title: nil, entities: others + [entity("Nagorno-Karabakh"), entity("Azerbaijan")], language: "en").contains("nagorno-karabakh"))
        // The region as the subject, no side named: two of its names.
        let peacekeepers = "Российские миротворцы покинули Нагорный Карабах; последняя колонна вышла из Степанакерта."
        #expect(rules.classify(text: peacekeepers, title: nil, entities: [entity("Russia"), entity("Nagorno-Karabakh"), entity("Stepanakert")], language: "ru").contains("nagorno-karabakh"))
    }

    @Test func builtInPeaceProcessRule_hasStemsInEveryLanguage_notArmeniaTurkeyNormalisation() throws {
        let rules = TopicClassifier.builtInRules
        let both = [entity("Armenia"), entity("Azerbaijan")]
        let texts: [(String, String)] = [
            ("Тараптар бейбітшілік туралы келісімнің жобасын талқылады; шекараны делимитациялау жалғасады.", "kk"),
            ("Bakı və İrəvan sülh sazişi və sərhədin delimitasiyası barədə danışıqlar aparıb.", "az"),
            ("Η συνθήκη ειρήνης και η οριοθέτηση των συνόρων συζητήθηκαν.", "el"),
            ("Rauhansopimus ja rajan määrittäminen etenevät.", "fi"),
            ("Tinchlik shartnomasi va chegara masalalari muhokama qilindi.", "uz"),
            ("Bokeszerződés helyett a határ kijelöléséről tárgyaltak; a béke közel van.", "hu"),
        ]
        for (text, language) in texts {
            #expect(rules.classify(text: text, title: nil, entities: both, language: language).contains("nagorno-karabakh"), "\(language)")
        }
        // Must keep apart: Armenia–Turkey normalisation that names Azerbaijan in passing (border + normalisation).
        let normalisation = "Osobitní vyslanci Turecka a Arménska pre normalizáciu vzťahov sa dohodli otvoriť hranicu; Ankara ju uzavrela na znak solidarity s Azerbajdžanom."
        #expect(!rules.classify(text: normalisation, title: nil, entities: both + [entity("Turkey")], language: "sk").contains("nagorno-karabakh"))
    }

    @Test func builtInRules_sportAndEconomyStems_inMoreLanguages_relationsNeedAnActorEachSide() throws {
        let rules = TopicClassifier.builtInRules
        #expect(rules.classify(text: "Leijonat voitti jääkiekon ottelun; valmentaja kehui maalivahtia ja mestaruus ratkesi.", title: nil, entities: [], language: "fi") == ["sport"])
        #expect(rules.classify(text: "Slovensko vyhralo zápas na majstrovstvách v hokeji, tréner ocenil brankára. Hokej je späť.", title: nil, entities: [], language: "sk") == ["sport"])
        #expect(rules.classify(text: "Nationalbanken sænker renten; inflationen falder, og børsen stiger.", title: nil, entities: [], language: "da") == ["economy"])
        #expect(rules.classify(text: "A ČNB snížila úrokové sazby, inflace klesá a burza roste.", title: nil, entities: [], language: "cs") == ["economy"])
        let countries = [entity("Russia"), entity("Turkey"), entity("Nagorno-Karabakh"), entity("Armenia")]
        // Must keep apart: a Karabakh report naming both countries is no report on their relations…
        #expect(!rules.classify(text: "Russian peacekeepers and Turkish drones.", title: nil, entities: countries, language: "en").contains("russia-turkey-relations"))
        // …while their leaders' call is.
        let leaders = countries + [entity("Vladimir Putin"), entity("Recep Tayyip Erdoğan")]
        #expect(rules.classify(text: "Putin and Erdoğan spoke by phone.", title: nil, entities: leaders, language: "en").contains("russia-turkey-relations"))
    }

    /// The packed sort of the word index orders as the (key, word) comparison does, equal keys in text
    /// order, for keys of scalars anywhere in Unicode.
    @Test func wordIndex_sortsByKeyThenWord() {
        var generator = SystemRandomNumberGenerator()
        let scalars: [UInt32] = [0x61, 0x62, 0x7A, 0xE9, 0x43A, 0x10FFFF, 0x1F600, 0, 0x2D]
        var indexed: [(key: UInt64, word: Int)] = (0..<500).map { word in
            let a = scalars.randomElement(using: &generator)!, b = scalars.randomElement(using: &generator)!
            return (TopicClassifier.Words.key(a, b), word * 3 % 500)
        }
        var expected = indexed
        expected.sort { $0.key != $1.key ? $0.key < $1.key : $0.word < $1.word }
        TopicClassifier.Words.sortByKeyThenWord(&indexed)
        #expect(indexed.map(\.key) == expected.map(\.key))
        #expect(indexed.map(\.word) == expected.map(\.word))
    }

    @Test func unknownKeys_areErrorsNamingTheKey() {
        #expect(throws: ConfigError.self) { try TopicClassifier(toml: "[topics.x]\nkeyword = [\"a\"]\n", source: "rules.toml") }
        do {
            _ = try TopicClassifier(toml: "[topics.x]\nkeyword = [\"a\"]\n", source: "rules.toml")
        } catch {
            #expect(error.code == .unknownKey)
            #expect(error.message.contains("topics.x.keyword"))
        }
    }

    @Test func builtInRules_load_andTagTheSeeds() throws {
        let classifier = try TopicClassifier.builtIn()
        #expect(Set(classifier.rules.map(\.name)).isSuperset(of: ["nagorno-karabakh", "russia-turkey-relations", "sport", "economy"]))
    }
}

struct StoryClustererTests {
    func signature(_ persons: [String], places: [String] = ["Nagorno-Karabakh"], date: String? = nil, weekdays: [Int] = []) -> StorySignature {
        StorySignature(persons: persons, places: places, organizations: [], date: date, weekdays: weekdays)
    }

    @Test func sameActors_compatibleDates_sameStory() {
        let a = signature(["Vladimir Putin", "Ilham Aliyev"], date: "2023-09")
        let b = signature(["Ilham Aliyev", "Vladimir Putin"], date: "2023-09-21")
        #expect(StoryClusterer().sameStory(a, b))
    }

    @Test func differentActors_orDates_orWeekdays_areDifferentStories() {
        let clusterer = StoryClusterer()
        let call = signature(["Vladimir Putin", "Recep Tayyip Erdoğan"], date: "2020-10")
        #expect(!clusterer.sameStory(call, signature(["Vladimir Putin", "Ilham Aliyev"], date: "2020-10")))
        #expect(!clusterer.sameStory(call, signature(["Vladimir Putin", "Recep Tayyip Erdoğan"], date: "2020-11")))
        #expect(!clusterer.sameStory(signature(["Vladimir Putin"], date: "2020-10-05"), signature(["Vladimir Putin"], date: "2020-10-12")))
        #expect(!clusterer.sameStory(signature(["Vladimir Putin"], weekdays: [1]), signature(["Vladimir Putin"], weekdays: [5])))
    }

    @Test func weekdayFinder_readsCLDRNames_inflectedToo() {
        let finder = WeekdayFinder()
        #expect(finder.weekdays(in: "Prezidents otrdien paziņoja") == [1])
        #expect(finder.weekdays(in: "late Saturday, the president said") == [5])
        #expect(finder.weekdays(in: "Cumartesi günü yapılan görüşmede") == [5])
        #expect(finder.weekdays(in: "no weekday here").isEmpty)
    }

    @Test func weekdayFinder_readsCapitalsAndLettersOutsideTheTables() {
        let finder = WeekdayFinder()
        #expect(finder.weekdays(in: "OTRDIENĀ, 5. novembrī") == [1])
        #expect(finder.weekdays(in: "ÇARŞAMBA günü") == [2])
        #expect(finder.weekdays(in: "Στις 5 Νοεμβρίου, Δευτέρα") == [0])
        // Turkish İ lower-cases to i and a combining dot, which ends the word there.
        #expect(finder.weekdays(in: "PAZARTESİ").contains(0))
    }

    /// The scan skips words no stem can start and compares scalars: on every labelled text it must say
    /// what a plain reading says (lower-cased alphabetic runs, `String.hasPrefix` against every stem).
    @Test func weekdayFinder_agreesWithAPlainReading_onTheLabelledTexts() throws {
        func plainReading(_ text: String) -> [Int] {
            var words: [String.UnicodeScalarView] = []
            var word = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                for l in scalar.properties.lowercaseMapping.unicodeScalars {
                    if l.properties.isAlphabetic {
                        word.append(l)
                    } else if !word.isEmpty {
                        words.append(word)
                        word = String.UnicodeScalarView()
                    }
                }
            }
            if !word.isEmpty { words.append(word) }
            var found = Set<Int>()
            for w in words where w.count >= 4 {
                let s = String(w)
                for stem in WeekdayFinder.parsedStems where w.count <= stem.scalars.count + 4 && s.hasPrefix(stem.stem) {
                    found.insert(stem.weekday)
                }
            }
            return found.sorted()
        }
        let finder = WeekdayFinder()
        var texts = 0, named = 0
        for folder in DevSetEvaluationTests.sets.map(\.folder) {
            let directory = DevSet.directory(folder)
            for file in try FileManager.default.contentsOfDirectory(atPath: directory.path) where file.hasSuffix(".txt") {
                let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
                let expected = plainReading(text)
                #expect(finder.weekdays(in: text) == expected, "\(folder)/\(file)")
                texts += 1
                if !expected.isEmpty { named += 1 }
            }
        }
        #expect(texts >= 100)
        #expect(named >= 10)
    }
}
