/// What parsing and tagging made of a file: the derived data stored beside the raw bytes.
///
/// Everything here can be recomputed from the raw bytes (a later `retag`), so it is outside the hash
/// chain. The JSON shape of these fields is a contract (`sluicectl list --json`, `show --json`).
public struct ParsedArticle: Sendable, Codable, Equatable {
    /// The headline, when the article has one.
    public var title: String?
    /// The article body as clean text (decoded, newlines normalised).
    public var text: String
    /// ISO 639-1 code of the body's language, when detected.
    public var language: String?
    /// The publication date with its precision and where it came from.
    public var published: PublishedDate?
    /// People, places, organisations (filled by the text pipeline).
    public var entities: [EntityTag]
    /// Topic names whose rules fired.
    public var topics: [String]
    /// Free-form metadata found while parsing (e.g. the raw ` date` prefix).
    public var metadata: [String: String]
    /// Stretches of the input judged not to be article text, with the reason.
    public var removed: [RemovedText]
    /// Each paragraph's language.
    public var paragraphLanguages: [ParagraphLanguage]
    /// What story matching compares (the store assigns the story after the append).
    public var storySignature: StorySignature?

    public init(
        title: String?, text: String, language: String? = nil, published: PublishedDate? = nil,
        entities: [EntityTag] = [], topics: [String] = [], metadata: [String: String] = [:],
        removed: [RemovedText] = [], paragraphLanguages: [ParagraphLanguage] = [],
        storySignature: StorySignature? = nil
    ) {
        self.title = title
        self.text = text
        self.language = language
        self.published = published
        self.entities = entities
        self.topics = topics
        self.metadata = metadata
        self.removed = removed
        self.paragraphLanguages = paragraphLanguages
        self.storySignature = storySignature
    }
}

/// The features of an article that tell whether two articles report the same event, in any language.
public struct StorySignature: Sendable, Codable, Equatable {
    /// Canonical names of the people, places and organisations mentioned in the kept text.
    public var persons: [String]
    public var places: [String]
    public var organizations: [String]
    /// The publication date (`YYYY[-MM[-DD]]`), when known.
    public var date: String?
    /// Weekdays the text mentions (0 = Monday … 6 = Sunday): "on Tuesday", "otrdien", "Cumartesi".
    public var weekdays: [Int]

    public init(persons: [String], places: [String], organizations: [String], date: String?, weekdays: [Int]) {
        self.persons = persons
        self.places = places
        self.organizations = organizations
        self.date = date
        self.weekdays = weekdays
    }
}

/// Decides whether two articles report the same event. Implemented by SluiceText's `StoryClusterer`;
/// the store calls it when it appends an entry, against recent entries that share a person or place.
public protocol StoryMatcher: Sendable {
    /// True when `a` and `b` are the same story.
    func sameStory(_ a: StorySignature, _ b: StorySignature) -> Bool
}

/// A stretch of the decoded input removed as boilerplate (Unicode scalar offsets).
public struct RemovedText: Sendable, Codable, Equatable {
    public var start: Int
    public var end: Int
    public var reason: String
    public init(start: Int, end: Int, reason: String) {
        self.start = start
        self.end = end
        self.reason = reason
    }
}

/// The language of one paragraph (Unicode scalar offsets into the decoded input).
public struct ParagraphLanguage: Sendable, Codable, Equatable {
    public var start: Int
    public var end: Int
    public var language: String?
    public init(start: Int, end: Int, language: String?) {
        self.start = start
        self.end = end
        self.language = language
    }
}

/// A publication date as precise as its source states it — never more.
public struct PublishedDate: Sendable, Codable, Equatable {
    /// How much of the date is known.
    public enum Precision: String, Sendable, Codable { case year, month, day }
    /// Where the date was read from.
    public enum Source: String, Sendable, Codable { case metadata, stamp, body }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, matching `precision`.
    public var date: String
    public var precision: Precision
    public var source: Source
    /// Other dates found that disagree with this one.
    public var conflicts: [String]

    public init(date: String, precision: Precision, source: Source, conflicts: [String] = []) {
        self.date = date
        self.precision = precision
        self.source = source
        self.conflicts = conflicts
    }
}

/// A named entity and where it was mentioned.
public struct EntityTag: Sendable, Codable, Equatable {
    /// `person`, `place`, `organization` or `other`.
    public var kind: String
    /// The canonical name (English Wikipedia title), or the surface form for `other`.
    public var name: String
    /// Mentions with Unicode scalar offsets into the decoded input.
    public var mentions: [Mention]

    public struct Mention: Sendable, Codable, Equatable {
        public var text: String
        public var start: Int
        public var end: Int
        public init(text: String, start: Int, end: Int) {
            self.text = text
            self.start = start
            self.end = end
        }
    }

    public init(kind: String, name: String, mentions: [Mention]) {
        self.kind = kind
        self.name = name
        self.mentions = mentions
    }
}
