extension CSVTable {
    /// The built-in table `name` compiled into the library from `Data/`.
    ///
    /// - Throws: `DataError` if no such table is compiled in or it does not parse.
    static func embedded(_ name: String) throws(DataError) -> CSVTable {
        guard let embedded = EmbeddedTables.all.first(where: { $0.name == name }) else {
            throw DataError(file: name, line: 1, message: "the table \(name) is not compiled in")
        }
        return try CSVTable(name: name, text: embedded.text)
    }
}
