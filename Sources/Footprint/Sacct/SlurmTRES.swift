/// What a job's Slurm trackable resources say: the GPUs (`gres/gpu=4`,
/// `gres/gpu:a100=4`), the CPUs (`cpu=32`) and the memory (`mem=256G`) of its allocation,
/// as sacct prints `AllocTRES`. The figures are the job's totals over all its nodes.
struct SlurmTRES: Sendable {
    /// GPUs allocated: `gres/gpu=N`, else the sum of the typed counts.
    var gpus: Int?
    /// The GPU type of `gres/gpu:TYPE=N`, when the job has GPUs of one type only.
    var gpuType: String?
    /// CPUs allocated (`cpu=N`).
    var cpus: Int?
    /// Memory allocated, GB (`mem=`, with Slurm's K/M/G/T units, M when none).
    var memoryGB: Double?

    /// The resources of an `AllocTRES` value such as `billing=8,cpu=8,gres/gpu:a100=4,gres/gpu=4,mem=64G,node=1`.
    init(_ text: String) {
        var typed: [(type: String, count: Int)] = []
        for item in text.split(separator: ",") {
            let parts = item.split(separator: "=", maxSplits: 1).map { String($0).trimmingWhitespace() }
            guard parts.count == 2 else { continue }
            let (key, value) = (parts[0].lowercased(), parts[1])
            if key == "gres/gpu" {
                gpus = Int(value)
            } else if key.hasPrefix("gres/gpu:"), let count = Int(value) {
                typed.append((String(parts[0].dropFirst("gres/gpu:".count)), count))
            } else if key == "cpu" {
                cpus = Int(value)
            } else if key == "mem" {
                memoryGB = Self.gigabytes(value)
            }
        }
        if gpus == nil, !typed.isEmpty { gpus = typed.reduce(0) { $0 + $1.count } }
        if Set(typed.map { $0.type.lowercased() }).count == 1 { gpuType = typed[0].type }
        if gpus == 0 { (gpus, gpuType) = (nil, nil) }
    }

    /// GB in a Slurm memory size: a number with an optional unit K, M (the default), G, T
    /// or P, each 1024 times the one before (`64G` is 64 GB, `4000M` 3.90625 GB).
    static func gigabytes(_ text: String) -> Double? {
        var digits = Substring(text.trimmingWhitespace())
        var factor = 1.0 / 1024
        if let unit = digits.last.flatMap({ Self.units[$0.uppercased()] }) {
            factor = unit
            digits = digits.dropLast()
        }
        guard let number = Double(digits), number.isFinite, number >= 0 else { return nil }
        return number * factor
    }

    /// GB per unit of a Slurm memory size.
    private static let units: [String: Double] = ["K": 1.0 / 1_048_576, "M": 1.0 / 1024, "G": 1, "T": 1024, "P": 1_048_576]
}
