/// The samples of a Prometheus text exposition, keyed by series (`name` or `name{labels}` exactly as
/// written), for assertions that do not depend on the order of the families.
struct PrometheusText {
    var samples: [String: Double] = [:]
    /// `# TYPE` lines: metric name → type.
    var types: [String: String] = [:]

    init(_ text: String) {
        for line in text.split(separator: "\n") {
            if line.hasPrefix("# TYPE ") {
                let parts = line.split(separator: " ")
                if parts.count == 4 { types[String(parts[2])] = String(parts[3]) }
                continue
            }
            if line.hasPrefix("#") { continue }
            guard let space = line.lastIndex(of: " "), let value = Double(line[line.index(after: space)...]) else { continue }
            samples[String(line[..<space])] = value
        }
    }

    subscript(_ series: String) -> Double? { samples[series] }

    /// The `le` values of `name`'s buckets, as written.
    func bucketBounds(_ name: String) -> Set<String> {
        let prefix = name + "_bucket{le=\""
        return Set(samples.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count).dropLast(2)) })
    }
}
