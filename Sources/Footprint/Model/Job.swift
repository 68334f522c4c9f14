/// A job with every name looked up and every factor chosen: what the formula needs.
public struct Job: Sendable, Hashable {
    /// Devices of one model running together.
    public struct Devices: Sendable, Hashable {
        /// Display name of the model, or "custom" for an explicit power.
        public let name: String
        /// Catalog id of the model, when it comes from the catalog.
        public let hardwareID: String?
        /// Number of devices.
        public let count: Int
        /// Power per device in watts.
        public let watts: Factor
        /// Average fraction of that power drawn.
        public let utilization: Factor

        /// Devices of one model.
        public init(name: String, hardwareID: String?, count: Int, watts: Factor, utilization: Factor) {
            self.name = name
            self.hardwareID = hardwareID
            self.count = count
            self.watts = watts
            self.utilization = utilization
        }
    }

    /// The host processor's share of power.
    public struct Processor: Sendable, Hashable {
        /// Display name of the CPU, or "custom".
        public let name: String
        /// Catalog id of the model, when it comes from the catalog.
        public let hardwareID: String?
        /// Cores used, when counted per core.
        public let cores: Int?
        /// Power per core (when `cores` is set) or for the whole CPU, in watts.
        public let watts: Factor

        /// A processor load.
        public init(name: String, hardwareID: String?, cores: Int?, watts: Factor) {
            self.name = name
            self.hardwareID = hardwareID
            self.cores = cores
            self.watts = watts
        }

        /// Total watts drawn.
        public var totalWatts: Double { watts.value * Double(cores ?? 1) }
    }

    /// Memory and the power per GB it is counted at.
    public struct Memory: Sendable, Hashable {
        /// Gigabytes.
        public let gigabytes: Double
        /// Watts per GB.
        public let wattsPerGB: Factor

        /// A memory load.
        public init(gigabytes: Double, wattsPerGB: Factor) {
            self.gigabytes = gigabytes
            self.wattsPerGB = wattsPerGB
        }
    }

    /// Accelerators (or any devices counted at their board power), if counted.
    public var devices: Devices?
    /// The CPU, if counted.
    public var processor: Processor?
    /// Memory, if counted.
    public var memory: Memory?
    /// A known IT energy per run in kWh, replacing power × hours.
    public var knownEnergyKWh: Factor?
    /// Hours per run.
    public var hours: Double
    /// Number of runs.
    public var runs: Int
    /// Where the job runs.
    public var site: Site

    /// A resolved job.
    public init(
        devices: Devices?, processor: Processor?, memory: Memory?, knownEnergyKWh: Factor?, hours: Double,
        runs: Int, site: Site
    ) {
        self.devices = devices
        self.processor = processor
        self.memory = memory
        self.knownEnergyKWh = knownEnergyKWh
        self.hours = hours
        self.runs = runs
        self.site = site
    }

    /// Assumptions the estimate rests on, in words, for the report.
    public var assumptions: [String] {
        var assumptions: [String] = []
        if devices?.utilization.provenance == .defaultUtilization {
            assumptions.append("devices draw their maximum board power (utilization 1.0); real average draw is usually lower")
        }
        if site.kind == .world {
            assumptions.append("no location given: world-average grid intensity and the unknown-data-centre PUE")
        }
        return assumptions
    }
}
