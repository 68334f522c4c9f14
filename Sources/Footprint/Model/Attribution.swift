/// A third-party source the built-in data are compiled from, with the licence it is used
/// under and the attribution that licence asks for (a row of `Data/attributions.csv`).
package struct Attribution: Sendable, Hashable {
    /// A short id, such as `codecarbon`.
    package let id: String
    /// The source's name, such as `CodeCarbon (mlco2/codecarbon)`.
    package let source: String
    /// The licence, such as `MIT`, `CC BY 4.0` or `public domain`.
    package let licence: String
    /// The copyright line or attribution statement to reproduce.
    package let attribution: String
    /// Where the source is published.
    package let sourceURL: String
    /// Where the licence text is published; nil for public-domain works.
    package let licenceURL: String?
    /// The built-in tables that use it, such as `hardware.csv`.
    package let tables: [String]

    /// An attribution row.
    package init(
        id: String, source: String, licence: String, attribution: String, sourceURL: String, licenceURL: String?,
        tables: [String]
    ) {
        self.id = id
        self.source = source
        self.licence = licence
        self.attribution = attribution
        self.sourceURL = sourceURL
        self.licenceURL = licenceURL
        self.tables = tables
    }
}
