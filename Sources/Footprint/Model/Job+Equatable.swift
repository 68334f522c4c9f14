/// Two jobs are equal when they were given the same numbers, name the same hardware, CPU
/// and place (by id), and so rest on the same figures and factors.
extension Job: Equatable {
    /// Whether `a` and `b` are the same job.
    public static func == (a: Job, b: Job) -> Bool {
        a.numbers == b.numbers && a.template.hardware?.id == b.template.hardware?.id
            && a.template.cpu?.id == b.template.cpu?.id && a.template.cpuName == b.template.cpuName
            && a.figures == b.figures && a.site == b.site && a.usedFactors == b.usedFactors
    }
}
