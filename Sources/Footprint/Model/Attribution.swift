/// A third-party source the built-in data are compiled from, with the licence it is used
/// under and the attribution that licence asks for (a row of `Data/attributions.csv`).
public struct Attribution: Sendable, Hashable {
    /// A short id, such as `codecarbon`.
    public let id: String
    /// The source's name, such as `CodeCarbon (mlco2/codecarbon)`.
    public let source: String
    /// The licence, such as `MIT`, `CC BY 4.0` or `public domain`.
    public let licence: String
    /// The copyright line or attribution statement to reproduce.
    public let attribution: String
    /// Where the source is published.
    public let sourceURL: String
    /// Where the licence text is published; nil for public-domain works.
    public let licenceURL: String?
    /// The built-in tables that use it, such as `hardware.csv`.
    public let tables: [String]

    /// An attribution row.
    public init(
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
