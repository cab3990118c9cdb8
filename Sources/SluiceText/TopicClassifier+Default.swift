import Foundation
public import SluiceCore

extension TopicClassifier {
    /// The system-wide rules file, used when the configuration names none and it exists.
    public static let systemRulesPath = "/etc/sluice/topics.toml"

    /// The rules built into sluice (`deploy/topics.toml`).
    public static func builtIn() throws(ConfigError) -> TopicClassifier {
        guard let url = Bundle.module.url(forResource: "topics", withExtension: "toml", subdirectory: "Resources") else {
            throw ConfigError(.unreadable, "the built-in topic rules are missing from the installation (sluice_SluiceText.resources); reinstall, or set the topics key to a rules file")
        }
        return try load(file: url.path)
    }

    /// The built-in rules, loaded once (no rules when the resource is missing).
    public static let builtInRules: TopicClassifier = (try? builtIn()) ?? .empty

    /// The rules a configuration asks for: its `topics` file, else `/etc/sluice/topics.toml`, else the
    /// built-in rules.
    public static func forConfiguration(_ configuration: SluiceConfiguration) throws(ConfigError) -> TopicClassifier {
        if let file = configuration.topicsFile { return try load(file: file) }
        if FileManager.default.fileExists(atPath: systemRulesPath) { return try load(file: systemRulesPath) }
        return try builtIn()
    }
}
