extension TimeShiftJob {
    /// One run of `job` to place in time: its hours, at its facility energy per hour (a
    /// given energy spread evenly over the hours).
    ///
    /// - Throws: `TimeShiftError.invalidJob` when the job has no duration.
    package init(job: Job) throws(TimeShiftError) {
        guard job.hours > 0, let perHour = job.facilityKWhPerHour else {
            throw .invalidJob("the job has no duration: give hours or duration to place it in time")
        }
        self.init(facilityKWhPerHour: perHour, hours: job.hours)
    }
}
