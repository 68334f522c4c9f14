extension BatchProcessor {
    /// The estimate of the record `fields` of `bytes` (starting on `line`), or its error:
    /// the typed form of `process`, with the same checks and numbers, writing nothing.
    mutating func row(
        _ fields: UnsafeBufferPointer<CSVField>, in bytes: UnsafeBufferPointer<UInt8>, line: Int, malformed: Bool
    ) -> Result<Estimate, BatchRowError> {
        do throws(JobError) {
            if let shape = shapeError(fields, in: bytes, malformed: malformed) { throw shape }
            return .success(Estimator.estimate(try job(fields, in: bytes)))
        } catch {
            return .failure(rowError(error, fields, in: bytes, line: line))
        }
    }
}
