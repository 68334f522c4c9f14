/// A Google Cloud TPU slice named as Google names accelerator types (`v4-128`,
/// `v5litepod-16`, `v6e-8`, also `tpu-v4-128`): a generation and a size.
///
/// The size counts TensorCores for v2, v3, v4, v5p and TPU7x (two per chip: `v4-128` is 64
/// chips) and chips for v5e and v6e (`v6e-8` is 8 chips).
package struct TPUSlice: Sendable, Hashable {
    /// The generation as Google writes it in slice names: `v2`, `v3`, `v4`, `v5p`, `v5e`, `v6e`, `7x`.
    package let generation: String
    /// The number in the name.
    package let size: Int
    /// The chips of the slice.
    package let chips: Int

    /// TensorCores per chip where the name counts cores; 1 where it counts chips.
    static let coresPerName: [String: Int] = ["v2": 2, "v3": 2, "v4": 2, "v5p": 2, "7x": 2, "v5e": 1, "v6e": 1]

    /// The generation of the TPU chip `name` names (`TPU v5e`, `tpu-v6e`, `v5litepod`), or
    /// nil when it names none.
    package static func generation(ofChip name: String) -> String? {
        var text = name.lowercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "_" }
        if text.hasPrefix("tpu") { text.removeFirst(3) }
        return known(text)
    }

    /// `generation` as slice names write it (`v5litepod` is `v5e`, `v7x` is `7x`), or nil
    /// when it is no generation `coresPerName` knows.
    private static func known(_ generation: String) -> String? {
        let canonical = switch generation {
        case "v5litepod": "v5e"
        case "v7x": "7x"
        default: generation
        }
        return coresPerName[canonical] == nil ? nil : canonical
    }

    /// The slice `name` denotes, or nil when it is not a slice name.
    ///
    /// - Throws: `JobError` for a slice name whose size the generation cannot have.
    package init?(_ name: String, field: JobField = .slice) throws(JobError) {
        var text = name.lowercased().filter { !$0.isWhitespace }
        for prefix in ["tpu-", "tpu"] where text.hasPrefix(prefix) { text.removeFirst(prefix.count); break }
        guard let dash = text.lastIndex(of: "-"), let size = Int(text[text.index(after: dash)...]), size > 0 else { return nil }
        guard let generation = Self.known(String(text[..<dash])), let perChip = Self.coresPerName[generation] else { return nil }
        guard size % perChip == 0 else {
            throw JobError(field: field, message: "'\(name)': \(generation) slice names count TensorCores, \(perChip) per chip, so the size must be even")
        }
        self.generation = generation
        self.size = size
        self.chips = size / perChip
    }

    /// The slice `name` denotes.
    ///
    /// - Throws: `JobError` on `slice` when `name` is not a slice name, or not a possible one.
    package static func named(_ name: String) throws(JobError) -> TPUSlice {
        guard let slice = try TPUSlice(name) else {
            throw JobError(field: .slice, message: "'\(name)' is not a TPU slice name such as v4-128, v5e-16 or v6e-8")
        }
        return slice
    }

    /// The hardware name of the slice's chip, such as `TPU v4`.
    package var chipName: String { generation == "7x" ? "TPU7x" : "TPU \(generation)" }

    /// The slice's name as Google writes it, such as `v4-128`.
    package var name: String { "\(generation == "7x" ? "tpu7x" : generation)-\(size)" }
}
