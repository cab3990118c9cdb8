import Foundation
public import SluiceCore
import TOMLKit

/// Assigns topics by user-editable rules (TOML, `deploy/topics.toml`).
///
/// A rule scores entity mentions (`entity-weight` each) and keyword stems (1 each); it fires at
/// `threshold`, if every entity group has a member and the article's language is allowed. Rules see
/// only the kept text (never boilerplate) and the canonical entity names.
public struct TopicClassifier: Sendable {
    /// One topic's rule.
    public struct Rule: Sendable, Equatable {
        public var name: String
        public var entities: Set<String>
        public var entityWeight: Int
        public var keywords: [String]
        public var groups: [Set<String>]
        public var languages: Set<String>?
        public var threshold: Int
    }

    /// The rules, in file order.
    public let rules: [Rule]

    /// No rules: nothing fires.
    public static let empty = TopicClassifier(rules: [])

    public init(rules: [Rule]) { self.rules = rules }

    /// Parses rules from TOML.
    ///
    /// - Throws: `ConfigError` (`config-syntax`, `config-unknown-key`, `config-invalid-value`).
    public init(toml text: String, source: String) throws(ConfigError) {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError(.syntax, "\(source): \(error.description) at line \(error.source.begin.line)")
        } catch {
            throw ConfigError(.syntax, "\(source): \(error)")
        }
        for key in table.keys where key != "topics" {
            throw ConfigError(.unknownKey, "\(source): unknown key '\(key)'; rules go under [topics.NAME]")
        }
        guard let topics = table["topics"]?.table else { self.init(rules: []); return }
        var rules: [Rule] = []
        for name in topics.keys {
            guard let t = topics[name]?.table else { throw ConfigError(.invalidValue, "\(source): topics.\(name) must be a table") }
            func strings(_ key: String) throws(ConfigError) -> [String] {
                guard let value = t[key] else { return [] }
                guard let array = value.array, let list = Optional(array.compactMap { $0.string }), list.count == array.count else {
                    throw ConfigError(.invalidValue, "\(source): topics.\(name).\(key) must be an array of strings")
                }
                return list
            }
            let known: Set<String> = ["entities", "entity-weight", "keywords", "groups", "languages", "threshold"]
            for key in t.keys where !known.contains(key) {
                throw ConfigError(.unknownKey, "\(source): unknown key 'topics.\(name).\(key)'; known: \(known.sorted().joined(separator: ", "))")
            }
            var groups: [Set<String>] = []
            if let g = t["groups"] {
                guard let outer = g.array else { throw ConfigError(.invalidValue, "\(source): topics.\(name).groups must be an array of arrays of strings") }
                for inner in outer {
                    guard let list = inner.array?.compactMap({ $0.string }), !list.isEmpty else {
                        throw ConfigError(.invalidValue, "\(source): topics.\(name).groups must be an array of non-empty arrays of strings")
                    }
                    groups.append(Set(list))
                }
            }
            let languages = try strings("languages")
            rules.append(Rule(
                name: name, entities: Set(try strings("entities")), entityWeight: t["entity-weight"]?.int ?? 2,
                keywords: try strings("keywords").map { $0.lowercased() }, groups: groups,
                languages: languages.isEmpty ? nil : Set(languages), threshold: max(1, t["threshold"]?.int ?? 1)))
        }
        self.init(rules: rules)
    }

    /// Reads rules from a file.
    public static func load(file path: String) throws(ConfigError) -> TopicClassifier {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConfigError(.unreadable, "cannot read topic rules \(path): \(error.localizedDescription)")
        }
        return try TopicClassifier(toml: text, source: path)
    }

    /// The names of the topics whose rules fire, in rule order.
    public func classify(text: String, title: String?, entities: [EntityTag], language: String?) -> [String] {
        if rules.isEmpty { return [] }
        let names = Set(entities.map(\.name))
        var words: Words?
        var fired: [String] = []
        for rule in rules {
            if let languages = rule.languages, !languages.contains(language ?? "") { continue }
            if !rule.groups.allSatisfy({ !$0.isDisjoint(with: names) }) { continue }
            var score = rule.entities.intersection(names).count * rule.entityWeight
            if score < rule.threshold && !rule.keywords.isEmpty {
                if words == nil { words = Words(title.map { $0 + "\n" + text } ?? text) }
                score += words!.matches(rule.keywords, needed: rule.threshold - score)
            }
            if score >= rule.threshold { fired.append(rule.name) }
        }
        return fired
    }

    /// The lower-cased words of a text, indexed for stem look-ups.
    struct Words {
        let lowered: String
        /// Words by their first two scalars.
        var byPrefix: [String: [String]] = [:]
        var all: Set<String> = []

        init(_ text: String) {
            lowered = text.lowercased()
            var current = String.UnicodeScalarView()
            func flush() {
                guard !current.isEmpty else { return }
                let word = String(current)
                if all.insert(word).inserted {
                    byPrefix[String(String.UnicodeScalarView(current.prefix(2))), default: []].append(word)
                }
                current = String.UnicodeScalarView()
            }
            for scalar in lowered.unicodeScalars {
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "-" {
                    current.append(scalar)
                } else {
                    flush()
                }
            }
            flush()
        }

        /// How many of `stems` occur (at most `needed`): a stem matches words starting with it; a stem
        /// ending in a space matches that word exactly; a stem with an inner space is a phrase.
        func matches(_ stems: [String], needed: Int) -> Int {
            var count = 0
            for stem in stems {
                let hit: Bool
                if stem.hasSuffix(" ") {
                    hit = all.contains(String(stem.dropLast()))
                } else if stem.contains(" ") {
                    hit = lowered.contains(stem)
                } else {
                    let key = String(String.UnicodeScalarView(stem.unicodeScalars.prefix(2)))
                    hit = byPrefix[key]?.contains(where: { $0.hasPrefix(stem) }) ?? false
                }
                if hit {
                    count += 1
                    if count >= needed { break }
                }
            }
            return count
        }
    }
}
