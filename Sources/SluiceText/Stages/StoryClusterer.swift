public import SluiceCore

/// Groups articles that report the same event across languages: entity overlap, a date window and
/// content cues (the weekday the text names).
///
/// Two articles are one story when they share their main actors (people, Jaccard ≥ 0.5, or — for
/// articles without people — places), their dates are compatible (the same period at the coarser
/// precision, or day dates at most `windowDays` apart) and they name no different weekdays, and their
/// weighted overlap of people, places and organisations reaches `threshold`.
public struct StoryClusterer: StoryMatcher {
    public var windowDays: Int = 3
    public var threshold: Double = 0.5

    public init() {}

    /// The signature of an article, from its tags and kept text.
    public func signature(entities: [EntityTag], published: PublishedDate?, text: String) -> StorySignature {
        func names(_ kind: String) -> [String] { entities.filter { $0.kind == kind }.map(\.name).sorted() }
        return StorySignature(
            persons: names("person"), places: names("place"), organizations: names("organization"),
            date: published?.date, weekdays: WeekdayFinder().weekdays(in: text))
    }

    public func sameStory(_ a: StorySignature, _ b: StorySignature) -> Bool {
        guard datesCompatible(a.date, b.date) else { return false }
        if a.weekdays.count == 1 && b.weekdays.count == 1 && a.weekdays != b.weekdays { return false }
        let people = jaccard(a.persons, b.persons)
        let places = jaccard(a.places, b.places)
        let organizations = jaccard(a.organizations, b.organizations)
        if !a.persons.isEmpty || !b.persons.isEmpty {
            guard people >= 0.5 else { return false }
        } else {
            guard places >= 0.5 else { return false }
        }
        let score = 0.5 * people + 0.3 * places + 0.2 * organizations
        return score >= threshold
    }

    func jaccard(_ a: [String], _ b: [String]) -> Double {
        let x = Set(a), y = Set(b)
        let union = x.union(y).count
        return union == 0 ? 0 : Double(x.intersection(y).count) / Double(union)
    }

    /// Unknown dates are compatible with anything; otherwise the coarser must contain the finer, and
    /// two days must be within the window.
    func datesCompatible(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return true }
        if a.count == 10 && b.count == 10, let da = dayNumber(a), let db = dayNumber(b) {
            return abs(da - db) <= windowDays
        }
        let n = min(a.count, b.count)
        return a.prefix(n) == b.prefix(n)
    }

    /// Days since 0000-03-01 of a `YYYY-MM-DD` date (a civil-calendar day count).
    func dayNumber(_ date: String) -> Int? {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var (y, m, d) = (parts[0], parts[1], parts[2])
        if m <= 2 { y -= 1; m += 12 }
        return 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d
    }
}
