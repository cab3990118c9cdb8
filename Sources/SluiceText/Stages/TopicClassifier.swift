public import SluiceCore

/// STUB — topic rules from TOML (filled in by the topics stage).
public struct TopicClassifier: Sendable {
    public static let empty = TopicClassifier()

    public init() {}

    /// The names of the topics whose rules fire.
    public func classify(text: String, title: String?, entities: [EntityTag], language: String?) -> [String] { [] }
}
