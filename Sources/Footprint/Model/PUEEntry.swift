/// A power usage effectiveness (PUE) figure of `pue.csv`.
package struct PUEEntry: Sendable, Hashable {
    /// What a PUE figure applies to, most specific last.
    package enum Scope: String, Sendable, Hashable, CaseIterable {
        /// The on-premises or unknown data-centre default (id `unknown`).
        case `default`
        /// A provider's fleet average (id `aws`).
        case provider
        /// One cloud region (id `gcp:europe-west1`).
        case region
    }

    /// The figure's scope.
    package let scope: Scope
    /// `unknown`, a provider id or a region id, by scope.
    package let id: String
    /// The PUE (facility energy / IT energy) with its source and year.
    package let pue: Factor

    /// A PUE row.
    package init(scope: Scope, id: String, pue: Factor) {
        self.scope = scope
        self.id = id
        self.pue = pue
    }
}
