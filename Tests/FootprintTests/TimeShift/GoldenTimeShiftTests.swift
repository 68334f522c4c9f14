import Footprint
import Testing

/// Reproduces `golden_best_window.csv` and `golden_threshold.csv` from the fixtures in
/// `Tests/Fixtures/timeshift/` (fails, never skips, when a file is absent).
@Suite("TimeShift golden files")
struct GoldenTimeShiftTests {
    /// Loads each input file once, as the golden row names it.
    final class Inputs {
        private var cache: [String: IntensitySeries] = [:]

        func series(_ file: String, zone: String) throws -> IntensitySeries {
            let key = file + "|" + zone
            if let cached = cache[key] { return cached }
            let bytes = try TimeShiftReference.bytes(file)
            let series: IntensitySeries
            switch file {
            case "synthetic_hourly_intensity.csv":
                series = try SeriesParser.parse(name: file, bytes: bytes)
            case "upstream/cats_carbon_intensity_24h.csv":
                // CATS layout: time,deltaseconds,unix,intensity (point forecasts, half-hourly).
                let table = try CSVTable(name: file, bytes: bytes)
                let time = try #require(table.header.firstIndex(of: "time"))
                let value = try #require(table.header.firstIndex(of: "intensity"))
                let readings = try table.rows.map { row in
                    IntensityReading(
                        zone: zone, start: try #require(Timestamp.parse(row.cells[time])),
                        intensity: Double(row.cells[value]), line: row.line)
                }
                series = try IntensitySeries(readings: readings, name: file)
            case "upstream/bluehands_de_forecast_casdk-format.json":
                series = try CarbonAwareSDKImporter.parse(name: file, bytes: bytes, defaultZone: zone, zeroMeansMissing: true)
            case "upstream/casdk_test-data-aws-emissions.json":
                series = try CarbonAwareSDKImporter.parse(name: file, bytes: bytes)
            default:
                Issue.record("golden input \(file) is not handled by this test")
                throw TimeShiftReference.Missing(path: file)
            }
            cache[key] = series
            return series
        }
    }

    @Test("golden_best_window.csv: every case")
    func bestWindow() throws {
        let table = try TimeShiftReference.table("golden_best_window.csv")
        let rows = GoldenRow.all(table)
        #expect(rows.count == 17, "golden_best_window.csv should hold 17 cases")
        let inputs = Inputs()
        for row in rows {
            let id = row["case_id"]
            let allZones = row["zone"].hasPrefix("(all")
            let series = try inputs.series(row["input_file"], zone: row["zone"])
            let power = Double(row["power_kw"]) ?? 1, pue = Double(row["pue"]) ?? 1
            let minutes = try #require(Double(row["duration_minutes"]))
            let query = TimeShiftQuery(
                job: TimeShiftJob(facilityKWhPerHour: power * pue, hours: minutes / 60),
                zone: allZones ? nil : row["zone"],
                earliestStart: at(row["earliest_start"]), latestEnd: at(row["latest_end"]),
                candidateStepSeconds: try #require(Int64(row["candidate_step_minutes"])) * 60,
                interpolation: try #require(Interpolation(rawValue: row["semantics"])))
            let result = try WindowSearch.best(query, in: series)

            #expect(Timestamp.iso8601(result.start) == row["expected_best_start"], "\(id): best start")
            #expect(result.candidateWindows == Int(row["n_candidate_windows"]), "\(id): candidate windows")
            #expect(matchesPrinted(result.averageIntensity, row["expected_best_avg_gco2_per_kwh"]),
                    "\(id): best average \(result.averageIntensity)")
            #expect(result.end - result.start == Int64(minutes * 60), "\(id): window length")
            if !row["expected_start_now_avg_gco2_per_kwh"].isEmpty {
                #expect(matchesPrinted(result.startNow?.averageIntensity, row["expected_start_now_avg_gco2_per_kwh"]),
                        "\(id): start-now average \(String(describing: result.startNow?.averageIntensity))")
                #expect(matchesPrinted(result.savingPercent, row["expected_saving_pct"]),
                        "\(id): saving % \(String(describing: result.savingPercent))")
            }
            if !row["expected_saving_kg"].isEmpty {
                #expect(matchesPrinted(result.savingKg, row["expected_saving_kg"]),
                        "\(id): saving kg \(String(describing: result.savingKg))")
            }
            if allZones {
                let note = row["note"]
                let marker = "best location = "
                let range = try #require(note.range(of: marker), "\(id): the note names the best location")
                let expected = note[range.upperBound...].prefix { $0 != ";" && $0 != " " }
                #expect(result.zone == String(expected), "\(id): best zone")
            } else {
                #expect(result.zone == row["zone"], "\(id): zone")
            }
        }
    }

    @Test("golden_best_window.csv: the gap case lists the missing hour")
    func gapCaseReportsGap() throws {
        let series = try SeriesParser.parse(name: "synthetic", bytes: TimeShiftReference.bytes("synthetic_hourly_intensity.csv"))
        let query = TimeShiftQuery(job: TimeShiftJob(facilityKWhPerHour: 1, hours: 3), zone: "ZONE_GAP",
                                   earliestStart: at("2024-06-03T00:00:00Z"), latestEnd: at("2024-06-04T00:00:00Z"))
        let result = try WindowSearch.best(query, in: series)
        #expect(result.gaps == [DataGap(zone: "ZONE_GAP", start: at("2024-06-03T10:00:00Z"), end: at("2024-06-03T11:00:00Z"), reason: .missingRows)])
    }

    @Test("golden_threshold.csv: every case")
    func threshold() throws {
        let table = try TimeShiftReference.table("golden_threshold.csv")
        let rows = GoldenRow.all(table)
        #expect(rows.count == 2, "golden_threshold.csv should hold 2 cases")
        let inputs = Inputs()
        for row in rows {
            let id = row["case_id"]
            let series = try inputs.series(row["input_file"], zone: row["zone"])
            let minutes = try #require(Double(row["duration_minutes"]))
            let query = TimeShiftQuery(job: TimeShiftJob(facilityKWhPerHour: 1, hours: minutes / 60), zone: row["zone"])
            let result = try ThresholdSchedule.plan(query, threshold: try #require(Double(row["threshold_gco2_per_kwh"])), in: series)
            #expect(Timestamp.iso8601(result.firstRunStart) == row["expected_first_run_hour"], "\(id): first run")
            #expect(Timestamp.iso8601(result.completion) == row["expected_completion"], "\(id): completion")
            #expect(matchesPrinted(result.averageIntensity, row["expected_avg_gco2_per_kwh"]), "\(id): average \(result.averageIntensity)")
            #expect(Double(result.runSeconds) / 3600 == Double(row["expected_hours_run"]), "\(id): hours run")
        }
    }
}
