import Foundation

/// Finds weekday names in text, in any of the languages CLDR knows (via `DateFormatter`).
///
/// "On Tuesday" and "otrdien" say when the reported event happened; two reports of phone calls on
/// different weekdays are different events. Tables are built once, lazily.
public struct WeekdayFinder: Sendable {
    /// Languages whose weekday names are looked for.
    static let languages = ["en", "lv", "lt", "et", "sq", "nb", "nn", "da", "sv", "de", "fr", "es", "it", "pt", "nl",
                            "tr", "az", "ru", "uk", "be", "bg", "sr", "hr", "bs", "sl", "mk", "pl", "cs", "sk", "ro",
                            "hu", "fi", "el", "hy", "ka"]

    /// Lower-cased weekday name stems → weekday (0 = Monday).
    static let stems: [(stem: String, weekday: Int)] = {
        var out: [(String, Int)] = []
        var seen = Set<String>()
        for language in languages {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: language)
            let lists = [formatter.weekdaySymbols, formatter.standaloneWeekdaySymbols]
            for symbols in lists where symbols.count == 7 {
                for (i, symbol) in symbols.enumerated() {
                    // CLDR lists Sunday first.
                    let weekday = (i + 6) % 7
                    let lower = symbol.lowercased()
                    let scalars = Array(lower.unicodeScalars)
                    guard scalars.count >= 4 else { continue }
                    // Allow inflected endings: drop the last scalar of longer names ("otrdiena" → "otrdien").
                    let keep = scalars.count >= 6 ? scalars.count - 1 : scalars.count
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: scalars[0..<keep])
                    let stem = String(view)
                    if seen.insert("\(stem)#\(weekday)").inserted { out.append((stem, weekday)) }
                }
            }
        }
        return out
    }()

    static let byFirstScalar: [Unicode.Scalar: [(stem: String, weekday: Int)]] = {
        Dictionary(grouping: stems, by: { $0.stem.unicodeScalars.first! })
    }()

    public init() {}

    /// The distinct weekdays named in `text`, sorted.
    public func weekdays(in text: String) -> [Int] {
        var found = Set<Int>()
        var word = String.UnicodeScalarView()
        func check() {
            guard word.count >= 4, let first = word.first, let candidates = Self.byFirstScalar[first] else { return }
            let w = String(word)
            for c in candidates where w.hasPrefix(c.stem) && w.unicodeScalars.count <= c.stem.unicodeScalars.count + 4 {
                found.insert(c.weekday)
            }
        }
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic {
                word.append(scalar)
            } else {
                check()
                word = String.UnicodeScalarView()
            }
        }
        check()
        return found.sorted()
    }
}
