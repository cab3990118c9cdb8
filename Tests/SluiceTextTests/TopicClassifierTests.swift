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
