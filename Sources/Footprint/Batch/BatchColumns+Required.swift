extension BatchColumns {
    /// Fields any one of which gives a job its power or energy.
    static let powerFields: [JobField] = [.hardware, .power, .cpu, .corePower, .memory, .energy, .whPerRequest, .joulesPerToken, .instance, .slice]
    /// Fields any one of which gives a job its duration (or makes it unneeded).
    static let timeFields: [JobField] = [.hours, .duration, .energy, .whPerRequest, .joulesPerToken]

    /// Checks that the columns, with the command line's `defaults`, can give every row what
    /// a job needs (its power or energy, and its duration), so that a file with unrecognised
    /// headers is refused once, naming them, rather than failing on every row.
    ///
    /// - Throws: `JobError` naming the missing field, the columns not used and, for each
    ///   that resembles a field's name or alias, that field.
    public func checkRequired(defaults: JobSpec) throws(JobError) {
        let given = Set(fields.compactMap { $0 }).union(defaults.values.keys)
        let missing: (field: JobField, names: [JobField])
        if given.isDisjoint(with: Self.powerFields) {
            missing = (.hardware, Self.powerFields)
        } else if given.isDisjoint(with: Self.timeFields) {
            missing = (.hours, [.hours, .duration])
        } else {
            return
        }
        let alternatives = missing.names.map(\.name)
        var message = "no column gives \(alternatives.dropLast().joined(separator: ", ")) or \(alternatives.last!), "
            + "and no option fills it, so no row could be estimated"
        let unused = header.indices.filter { fields[$0] == nil }.map { header[$0] }
        if unused.isEmpty {
            message += " (the header is: \(header.joined(separator: ", ")))"
        } else {
            message += "; columns not used: \(unused.joined(separator: ", "))"
            let hints = unused.compactMap { column in Self.resemblance(of: column).map { "'\($0.name)' for '\(column)'" } }
            if !hints.isEmpty { message += " — did you mean \(hints.joined(separator: ", "))?" }
        }
        throw JobError(field: missing.field, message: message)
    }

    /// Header names of a node count, which no field takes: a job's count is all its devices.
    static let nodeColumns = Set(["nodes", "num_nodes", "n_nodes", "node_count", "world_size", "gpus_per_node"].map(NameKey.init))

    /// The columns no field takes that a user may have meant to count, each with why: one
    /// whose name of five letters or more looks like a field that neither another column nor
    /// `defaults` gives (`gpu_cnt` for count), or a node count. They pass through unchanged;
    /// the command notes them, as a count left at its default would otherwise pass unseen.
    package func unusedLookalikes(defaults: JobSpec) -> [String] {
        let given = Set(fields.compactMap { $0 }).union(defaults.values.keys)
        return header.indices.dropLast(earlierResults).filter { fields[$0] == nil }.compactMap { column in
            let name = header[column], key = NameKey(name)
            if Self.nodeColumns.contains(key) {
                return "'\(name)' (count is the devices of the whole job: give devices per node × nodes)"
            }
            // Short names (`team`, `user`) are a letter or two from too many aliases to tell.
            guard key.text.count >= 5, let field = Self.resemblance(of: name), !given.contains(field) else { return nil }
            return "'\(name)' (looks like \(field.name), which no column or option gives)"
        }
    }

    /// The field whose name or alias `column` is closest to, or shares a word with; a word
    /// ending in `time` (`runtime`, `time_used`) suggests duration, or hours when the name
    /// gives the unit (`Runtime (h)`, `walltime_hrs`; not `gpu_hours`, a total over devices):
    /// a duration cell needs a unit.
    static func resemblance(of column: String) -> JobField? {
        let words = column.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        // `gpu_hours`, `core_h` are totals over devices, not a job's hours.
        let totals: Set = ["gpu", "gpus", "cpu", "cpus", "core", "cores", "node", "nodes"]
        if words.count > 1, let unit = words.last, ["h", "hr", "hrs", "hours"].contains(unit), totals.isDisjoint(with: words) {
            return .hours
        }
        let key = NameKey(column).text
        if let closest = Suggestions.closest(to: key, among: fieldNames.map(\.key.text)).first {
            return fieldNames.first { $0.key.text == closest }?.field
        }
        return fieldNames.first { words.contains($0.name) }?.field ?? (words.contains { $0.hasSuffix("time") } ? .duration : nil)
    }
}
