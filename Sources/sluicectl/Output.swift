import Foundation
import Glibc

/// Printing helpers shared by the commands.
enum Output {
    /// Whether stdout is a terminal (tables get colour and truncation only there).
    static let isTerminal = isatty(STDOUT_FILENO) != 0

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
        for row in all {
            var line = ""
            for (i, cell) in row.enumerated() {
                if i == row.count - 1 {
                    line += isTerminal && cell.count > lastWidth ? String(cell.prefix(lastWidth - 1)) + "…" : cell
                } else {
                    line += cell.padding(toLength: widths[i], withPad: " ", startingAt: 0) + "  "
                }
            }
            print(line)
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
