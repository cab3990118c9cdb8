import Foundation

/// A fresh directory under the system's temporary directory, removed by `remove()`.
///
/// Tests use real directories (real inotify, real renames, real SQLite files), never mocks of them.
public struct TemporaryDirectory: Sendable {
    /// The directory's absolute path.
    public let path: String

    /// Creates `…/sluice-test-<label>-<random>`.
    public init(_ label: String = "t") throws {
        let base = ProcessInfo.processInfo.environment["SLUICE_TEST_TMP"] ?? NSTemporaryDirectory()
        let dir = (base as NSString).appendingPathComponent("sluice-test-\(label)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        path = dir
    }

    /// `path/component`.
    public func appending(_ component: String) -> String { path + "/" + component }

    /// Writes `contents` to `path/name` and returns the path.
    @discardableResult
    public func write(_ name: String, _ contents: [UInt8]) throws -> String {
        let target = appending(name)
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(contents).write(to: URL(fileURLWithPath: target))
        return target
    }

    /// Writes UTF-8 `text` to `path/name` and returns the path.
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

    /// Removes the directory and everything in it.
    public func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
