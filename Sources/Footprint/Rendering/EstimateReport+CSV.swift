extension EstimateReport {
    /// The columns of `csv`, in order.
    package static let csvColumns = [
        "energy_kwh", "co2e_kg", "intensity_g_per_kwh", "pue", "hours", "runs", "devices_kwh", "cpu_kwh",
        "memory_kwh", "pue_overhead_kwh", "location", "intensity_source", "intensity_year", "pue_source", "pue_year",
    ]

    /// The report as a CSV header and one row.
    package var csv: String {
        let job = estimate.job, site = job.site
        let numbers = [
            estimate.energyKWh, estimate.co2eKg, site.intensity.value, site.pue.value, job.hours, Double(job.runs),
            estimate.devicesKWh, estimate.processorKWh, estimate.memoryKWh, estimate.overheadKWh,
        ].map(NumberFormat.json)
        let texts = [
            site.id, site.intensity.provenance.source, site.intensity.provenance.year.map(String.init) ?? "",
            site.pue.provenance.source, site.pue.provenance.year.map(String.init) ?? "",
        ].map(CSVWriter.neutralizingFormula)
        return CSVWriter.line(Self.csvColumns) + CSVWriter.line(numbers + texts)
    }
}
