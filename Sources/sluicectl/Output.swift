import Foundation
import Glibc
import SluiceCore

/// Printing helpers shared by the commands.
enum Output {
    /// Whether stdout is a terminal (tables get colour and truncation only there).
    static let isTerminal = isatty(STDOUT_FILENO) != 0
    /// Colour and bold only on a terminal, and never when `NO_COLOR` is set (no-color.org).
    static let colour = isTerminal && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty

    /// `text` in bold (table headers), when colour is on.
    static func bold(_ text: String) -> String { colour ? "\u{1B}[1m" + text + "\u{1B}[0m" : text }

    /// A search snippet with its hits (between U+0002 and U+0003) in bold yellow on a terminal, else
    /// between [ and ].
    static func highlight(_ snippet: String) -> String {
        let open = colour ? "\u{1B}[1;33m" : "["
        let close = colour ? "\u{1B}[0m" : "]"
        return snippet.replacingOccurrences(of: "\u{2}", with: open).replacingOccurrences(of: "\u{3}", with: close)
            .replacingOccurrences(of: "\n", with: " ")
    }

    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// Left-aligned columns; the last column is not padded, and on a terminal is cut to `width`.
    static func table(_ header: [String], _ rows: [[String]], lastWidth: Int = 80) {
        let all = header.allSatisfy(\.isEmpty) ? rows : [header] + rows
        var widths = [Int](repeating: 0, count: header.count)
        for row in all { for (i, cell) in row.enumerated() where i < header.count - 1 { widths[i] = max(widths[i], cell.count) } }
        for (index, row) in all.enumerated() {
            let isHeader = index == 0 && all.count > rows.count
            var line = ""
            for (i, cell) in row.enumerated() {
                if i == row.count - 1 {
                    line += isTerminal && cell.count > lastWidth ? String(cell.prefix(lastWidth - 1)) + "…" : cell
                } else {
                    line += cell.padding(toLength: widths[i], withPad: " ", startingAt: 0) + "  "
                }
            }
            print(isHeader ? bold(line) : line)
        }
    }
}

extension Output {
    /// One compact JSON object on a line.
    static func jsonLine<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}

extension Output {
    /// The entries table of `list`, `search` and `follow`.
    static func entries(_ entries: [StoredEntry]) {
        table(["SEQ", "RECEIVED", "LANG", "PUBLISHED", "SOURCE", "TITLE"], entries.map(row))
    }

    /// One entry as a table row.
    static func row(_ e: StoredEntry) -> [String] {
        ["\(e.seq)", String(e.receivedAt.prefix(19)).replacingOccurrences(of: "T", with: " "),
         e.language ?? "-", e.published?.date ?? "-", e.sourceName, e.title ?? "-"]
    }
}
