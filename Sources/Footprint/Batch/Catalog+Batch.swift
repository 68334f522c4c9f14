extension Catalog {
    /// Estimates every row of a batch file held in memory: a CSV header naming job fields
    /// (`JobField` names or common aliases such as `gpus`, `gpu_model`, `country`), then
    /// one job per row. Empty or missing cells take their values from `defaults`.
    ///
    /// Each row gives its estimate or a `BatchRowError` naming the column, the value and,
    /// for a name the catalog does not know, the candidates; a bad row never stops the
    /// others. The rows have the numbers of `footprint batch`'s output rows.
    ///
    /// ```swift
    /// let rows = try catalog.estimates(csv: "hardware,gpus,hours\nA100 SXM4 80GB,8,72\n",
    ///                                  defaults: JobSpec.parsing([.region: "aws:us-east-1"]))
    /// for row in rows {
    ///     switch row.result {
    ///     case let .success(estimate): print(row.line, estimate.co2eKg)
    ///     case let .failure(error): print(error.column ?? "-", error.value ?? "-", error.lookup?.candidates ?? [])
    ///     }
    /// }
    /// ```
    ///
    /// - Returns: the rows in input order; none for an empty input.
    /// - Throws: `JobError` for a header with two columns for one field, or one that, with
    ///   `defaults`, cannot give any row a job's power or duration.
    public func estimates(csv: String, defaults: JobSpec = JobSpec()) throws(JobError) -> [BatchRow] {
        try estimates(csv: Array(csv.utf8), defaults: defaults)
    }

    /// Estimates every row of a batch file's bytes (UTF-8); see `estimates(csv:defaults:)`.
    public func estimates(csv: [UInt8], defaults: JobSpec = JobSpec()) throws(JobError) -> [BatchRow] {
        var reader = BatchRowReader(catalog: self, defaults: defaults)
        return try csv.withUnsafeBufferPointer { bytes throws(JobError) in try reader.read(bytes, atEnd: true).rows }
    }

    /// The rows of a batch file read from `bytes` (a file's or a network response's bytes),
    /// each estimated as soon as it is read; see `estimates(csv:defaults:)`.
    ///
    /// ```swift
    /// for try await row in catalog.estimates(csv: url.resourceBytes) { ... }
    /// ```
    public func estimates<Bytes: AsyncSequence>(csv bytes: Bytes, defaults: JobSpec = JobSpec()) -> BatchRows<Bytes>
    where Bytes.Element == UInt8 {
        BatchRows(bytes: bytes, reader: BatchRowReader(catalog: self, defaults: defaults))
    }
}
