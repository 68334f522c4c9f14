import Footprint

/// The catalog names a shell offers for `--hardware`, `--cpu`, `--region`, `--location` and
/// `--instance`, as `footprint completions --list KIND` prints them: one word each, safe to
/// insert unquoted, that names its entry exactly.
enum CatalogWords {
    /// The kinds of name, each the option it completes.
    enum Kind: String, CaseIterable {
        /// Accelerators (GPUs, TPUs, others) by name; CPUs are left to `cpu`.
        case hardware
        /// CPUs by name.
        case cpu
        /// Cloud regions by id (`aws:us-east-1`) and by the provider's name where that
        /// names the same region (`us-east-1`, which is AWS's).
        case region
        /// Countries and grid zones by id (`FR`, `US-VA`) and by name.
        case location
        /// Instance types by id (`aws:p4d.24xlarge`) and by the provider's name where that
        /// names the same type (`p4d.24xlarge`).
        case instance
    }

    /// The words for `kind` in `catalog`, sorted and without duplicates (ignoring case).
    static func words(_ kind: Kind, in catalog: Catalog) -> [String] {
        let names: [String] = switch kind {
        case .hardware: catalog.hardware.entries.filter { $0.kind != .cpu }.map(\.name)
        case .cpu: catalog.hardware.entries.filter { $0.kind == .cpu }.map(\.name)
        case .region: catalog.regions.entries.flatMap { region in
            [region.id] + ((try? catalog.region(named: region.region))?.id == region.id ? [region.region] : [])
        }
        case .location: catalog.grids.entries.flatMap { [$0.id, $0.name] }
        case .instance: catalog.instances.entries.flatMap { type in
            [type.id] + ((try? catalog.instance(named: type.name))?.id == type.id ? [type.name] : [])
        }
        }
        var seen: Set<String> = []
        return names.map(word).filter { seen.insert($0.lowercased()).inserted }.sorted()
    }

    /// `name` as one word: every run of characters other than letters, digits and `._+:-`
    /// becomes one `-` (none at either end). Names are compared without punctuation
    /// (`NameKey`), so the word names what `name` does: `A100 SXM4 80GB` is `A100-SXM4-80GB`.
    static func word(_ name: String) -> String {
        var word = "", separated = false
        for character in name {
            if character.isASCII, character.isLetter || character.isNumber || "._+:-".contains(character) {
                if separated, !word.isEmpty, !word.hasSuffix("-"), character != "-" { word.append("-") }
                word.append(character)
                separated = false
            } else {
                separated = true
            }
        }
        return word
    }
}
