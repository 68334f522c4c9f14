extension Catalog {
    /// The hardware row `name` denotes exactly (an id, name or alias, lower-cased and
    /// trimmed: the first stage of `NameIndex.match`) among the rows in `scope`, found
    /// through the build-time name list without reading the hardware table; nil when the
    /// list cannot tell alone (no or several rows, hardware laid over the built-in table, or
    /// the table already read), and the full lookup then decides.
    func builtInExactHardware(_ name: String, scope: (Hardware) -> Bool) -> Hardware? {
        guard layers.builtIn, !layers.isOverlaid(Hardware.tableName), !hardwareIsRead else { return nil }
        let found = BuiltInRows.hardware(named: NameIndex<Hardware>.literal(name)).filter(scope)
        return found.count == 1 ? found[0] : nil
    }
}
