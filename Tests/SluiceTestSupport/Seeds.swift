import Foundation

/// The seed articles shipped in the repository's `seeds/` (a copy of `../shared/seeds/`).
public enum Seeds {
    /// The repository root, found from this source file's location.
    public static var repositoryRoot: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }

    /// `seeds/` in the repository.
    public static var directory: String { repositoryRoot + "/seeds" }

    /// The seed files' names, sorted.
    public static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    }

    /// The bytes of one seed.
    public static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name)))
    }
}
