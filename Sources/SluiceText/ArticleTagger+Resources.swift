import Foundation
public import SluiceCore

extension ArticleTagger {
    /// Checks that the pipeline's data files are installed and builds its tables now, so that a broken
    /// installation stops the daemon at start with a clear message instead of failing on the first file.
    ///
    /// - Throws: `ConfigError` `config-unreadable` naming the missing resource.
    public static func prepareResources() throws(ConfigError) {
        for (name, ext) in [("gazetteer", "json"), ("topics", "toml")] {
            guard Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources") != nil else {
                throw ConfigError(.unreadable, "the text pipeline's data file Resources/\(name).\(ext) is missing (expected in sluice_SluiceText.resources beside the sluiced binary); reinstall sluice, or set tagging = false")
            }
        }
        _ = EntityTagger.buildSeconds
    }
}
