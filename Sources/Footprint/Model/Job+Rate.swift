extension Job {
    /// Power drawn by the devices, W: watts × count × utilisation.
    var devicesWatts: Double { figures.devicesWatts }

    /// Facility energy per hour of one run, kWh: IT power × PUE, or a given IT energy × PUE
    /// spread evenly over the run's hours; nil for a given energy with no hours to spread it over.
    public var facilityKWhPerHour: Double? {
        if energyIsGiven { return hours > 0 ? knownKWhPerRun * pue / hours : nil }
        return (devicesWatts + processorWatts + memoryWatts) * pue / 1000
    }
}
