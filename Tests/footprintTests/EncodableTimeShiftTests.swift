import Foundation
import Footprint
import Testing

/// `JSONEncoder` on a best window and a ranking of zones gives `footprint when --format json`'s
/// keys and values, on the README's example series.
struct EncodableTimeShiftTests {
    let catalog = try! Catalog.builtIn()
    /// The README's `when` job: 3.2 kW at PUE 1.2 for 4 h, 3.84 kWh per hour.
    let job = ["--power", "3200", "--pue", "1.2", "--hours", "4"]

    var series: IntensitySeries {
        get throws {
            let path = WhenCommandTests.readmeSample
            return try SeriesParser.parse(name: path, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        }
    }

    func query(zone: String?) throws -> TimeShiftQuery {
        let spec = try JobSpec(parsing: [.power: "3200", .pue: "1.2", .hours: "4"])
        return try TimeShiftQuery(job: catalog.job(for: spec), zone: zone)
    }

    func object(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func aWindowEncodesAsTheWhenCommand() throws {
        let run = runCLI(["when", "--series", WhenCommandTests.readmeSample, "--zone", "ZONE_SOLAR", "--format", "json"] + job)
        #expect(run.code == 0)
        let command = try object(Data(run.out.utf8))
        let window = try series.bestWindow(for: query(zone: "ZONE_SOLAR"))
        let library = try object(try JSONEncoder().encode(window))
        // The command adds the job's inputs, its PUE and its facility energy per hour.
        #expect(Set(command.keys).subtracting(library.keys) == ["inputs", "pue", "facility_kwh_per_hour"])
        #expect(Set(library.keys).isSubset(of: Set(command.keys)))
        #expect(library["best_start"] as? String == "2024-06-04T10:00:00Z")
        #expect(library["best_start"] as? String == command["best_start"] as? String)
        // README: 123.7 g/kWh on average; 3.84 kWh × 4 h × that.
        let average = try #require(library["average_intensity_g_per_kwh"] as? Double)
        expectNear(average, 123.7, relative: 1e-3)
        expectNear(try #require(library["co2e_kg"] as? Double), 3.84 * 4 * average / 1000)
        for key in ["co2e_kg", "now_co2e_kg", "saving_kg", "saving_percent"] {
            expectNear(try #require(library[key] as? Double), try #require(command[key] as? Double))
        }
    }

    @Test func aRankingOfZonesEncodesAsTheWhenCommandAcrossZones() throws {
        let run = runCLI(["when", "--series", WhenCommandTests.readmeSample, "--format", "json"] + job)
        #expect(run.code == 0)
        let command = try object(Data(run.out.utf8))
        let ranking = try series.bestWindowPerZone(for: query(zone: nil))
        let library = try object(try JSONEncoder().encode(ranking))
        #expect(Set(library.keys) == ["zones", "unavailable_zones"])
        let zones = try #require(library["zones"] as? [[String: Any]]), commandZones = try #require(command["zones"] as? [[String: Any]])
        #expect(zones.map { $0["zone"] as? String } == commandZones.map { $0["zone"] as? String })
        #expect(Set(zones.flatMap(\.keys)) == Set(commandZones.flatMap(\.keys)))
        for (mine, theirs) in zip(zones, commandZones) {
            expectNear(try #require(mine["co2e_kg"] as? Double), try #require(theirs["co2e_kg"] as? Double))
        }
        #expect(zones.count + (library["unavailable_zones"] as? [Any] ?? []).count == 4)
        #expect(zones.first?["zone"] as? String == command["zone"] as? String)
    }
}
