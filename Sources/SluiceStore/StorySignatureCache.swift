import Foundation
import SluiceCore
import Synchronization

/// The story signatures that story matching decoded lately, by their stored JSON.
///
/// Matching a new entry decodes the signatures of up to 50 recent entries per person or place, and
/// the same recent entries come up again for the next files: decoding them with `JSONDecoder` every
/// time was over half of the matching and a seventh of a full-mode commit. Keyed by the JSON text
/// itself, an entry is never stale (a retag that rewrites a signature stores other text). Bounded: it
/// starts over when full.
final class StorySignatureCache: Sendable {
    static let capacity = 4_096

    private let decoded = Mutex<[String: StorySignature]>([:])

    /// The signature `json` holds, nil when it does not decode.
    func signature(_ json: String) -> StorySignature? {
        if let known = decoded.withLock({ $0[json] }) { return known }
        guard let signature = try? JSONDecoder().decode(StorySignature.self, from: Data(json.utf8)) else { return nil }
        decoded.withLock { cache in
            if cache.count >= StorySignatureCache.capacity { cache.removeAll(keepingCapacity: true) }
            cache[json] = signature
        }
        return signature
    }
}
