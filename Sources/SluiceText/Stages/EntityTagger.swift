public import SluiceCore

/// STUB — replaced by the entities stage. Finds people, places and organisations with canonical names.
public struct EntityTagger: Sendable {
    public init() {}

    /// Entities mentioned in the kept paragraphs; mention offsets are absolute scalar offsets in the
    /// document's text.
    public func tag(_ kept: [Paragraph], language: String?) -> [EntityTag] { [] }
}
