extension Catalog {
    /// The tables compiled into the library from `Data/`.
    package static let builtInTables: Result<[CSVTable], DataError> = Result { () throws(DataError) in
        var tables: [CSVTable] = []
        for embedded in EmbeddedTables.all where tableNames.contains(embedded.name) {
            tables.append(try CSVTable(name: embedded.name, text: embedded.text))
        }
        return tables
    }

    private static let builtInCatalog: Result<Catalog, DataError> = Result { () throws(DataError) in
        try Catalog(layers: try builtInTables.get())
    }

    /// The catalog of the built-in tables, parsed once.
    ///
    /// - Throws: `DataError` only if a built-in table is broken (the tests guard this).
    public static func builtIn() throws(DataError) -> Catalog {
        try builtInCatalog.get()
    }

    /// The built-in catalog with `tables` laid over it, its sites seen through `view`
    /// (see `init(layers:view:)`).
    package static func builtIn(overlaidWith tables: [CSVTable], view: IntensityView = .standard) throws(DataError) -> Catalog {
        tables.isEmpty && view == .standard
            ? try builtIn() : try Catalog(layers: try builtInTables.get() + tables, view: view)
    }
}
