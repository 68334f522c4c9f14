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
    ///                                  defaults: JobSpec(parsing: [.region: "aws:us-east-1"]))
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

    /// The rows of a batch file read from `bytes`, an asynchronous byte source (a file's or
    /// a network response's bytes), each row estimated as soon as its record is read; see
    /// `estimates(csv:defaults:)`.
    ///
    /// Bytes are read 64 KiB at a time and only whole records are kept, so memory stays
    /// bounded: a record longer than `BatchRow.maxRecordBytes` is one row error (its line
    /// skipped), and the rows after it follow.
    ///
    /// ```swift
    /// for try await row in catalog.estimates(csv: url.resourceBytes) { ... }
    /// ```
    ///
    /// - Returns: the rows in input order. Iterating throws what `bytes` throws, or
    ///   `JobError` for a header the catalog refuses or one longer than `maxRecordBytes`.
    public func estimates<Bytes: AsyncSequence>(csv bytes: Bytes, defaults: JobSpec = JobSpec()) -> some AsyncSequence<BatchRow, any Error>
    where Bytes.Element == UInt8 {
        estimates(csv: AsyncByteChunks(bytes: bytes), defaults: defaults)
    }

    /// The rows of a batch file read from `chunks`, an asynchronous source of byte chunks
    /// (`[UInt8]`, `Data`, ...); see `estimates(csv:defaults:)` for an asynchronous byte source.
    ///
    /// - Returns: the rows in input order. Iterating throws what `chunks` throws, or
    ///   `JobError` for a header the catalog refuses or one longer than `BatchRow.maxRecordBytes`.
    public func estimates<Chunks: AsyncSequence>(csv chunks: Chunks, defaults: JobSpec = JobSpec()) -> some AsyncSequence<BatchRow, any Error>
    where Chunks.Element: Sequence<UInt8> {
        AsyncBatchRows(chunks: chunks, reader: BatchRowReader(catalog: self, defaults: defaults))
    }
}
