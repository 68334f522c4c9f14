extension Catalog {
    /// The tables compiled into the library from `Data/`, all parsed.
    package static let builtInTables: Result<[CSVTable], DataError> = Result { () throws(DataError) in
        var tables: [CSVTable] = []
        for embedded in EmbeddedTables.all where tableNames.contains(embedded.name) {
            tables.append(try CSVTable(name: embedded.name, text: embedded.text))
        }
        return tables
    }

    private static let builtInCatalog: Result<Catalog, DataError> = Result { () throws(DataError) in
        try Catalog(TableLayers(builtIn: true, overlays: []), view: .standard)
    }

    /// The catalog of the built-in tables. Each part (hardware, places, factors, instance
    /// types) is parsed once, when first used; the tests check that every part parses.
    ///
    /// - Throws: `DataError` only if a built-in table is broken (the tests guard this).
    public static func builtIn() throws(DataError) -> Catalog {
        try builtInCatalog.get()
    }

    /// The built-in catalog with `tables` laid over it, its sites seen through `view`
    /// (see `init(layers:view:)`). Tables laid over are read and checked here.
    package static func builtIn(overlaidWith tables: [CSVTable], view: IntensityView = .standard) throws(DataError) -> Catalog {
        if tables.isEmpty && view == .standard { return try builtIn() }
        let catalog = try Catalog(TableLayers(builtIn: true, overlays: tables), view: view)
        if !tables.isEmpty { try catalog.validate() }
        return catalog
    }
}
