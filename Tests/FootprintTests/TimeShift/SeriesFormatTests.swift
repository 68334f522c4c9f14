import Testing
@testable import Footprint

/// Series as people have them: no zone column, common headers, local times, CATS and the
/// National Grid Carbon Intensity API.
struct SeriesFormatTests {
    @Test func catsSampleReadsAsItIsInOneZone() throws {
        let series = try SeriesParser.parse(name: "cats.csv", bytes: TimeShiftReference.bytes("upstream/cats_carbon_intensity_24h.csv"))
        #expect(series.zones.map(\.zone) == [SeriesParser.singleZoneName])
        let zone = series.zones[0]
        #expect(zone.points.count == 96)
        #expect(zone.stepSeconds == 1800)
        #expect(zone.start == at("2023-05-04T12:30:00Z"))
        expectClose(zone.points[0].intensity!, 11)
        // The caller names the zone of a file without a zone column.
        #expect(try SeriesParser.parse(name: "cats.csv", bytes: TimeShiftReference.bytes("upstream/cats_carbon_intensity_24h.csv"), zone: "GB-N").zones[0].zone == "GB-N")
    }

    @Test func nationalGridJSONUsesActualElseForecast() throws {
        let bytes = try TimeShiftReference.bytes("upstream/bluehands_uk_carbonintensity-api-format.json")
        #expect(NationalGridImporter.recognizes(bytes))
        #expect(!NationalGridImporter.recognizes(try TimeShiftReference.bytes("upstream/casdk_sample-emissions-data.json")))
        let series = try NationalGridImporter.parse(name: "uk.json", bytes: bytes)
        let zone = try #require(series.zone("GB"))
        #expect(zone.points.count == 96)
        #expect(zone.stepSeconds == 1800)
        #expect(zone.start == at("2023-12-03T10:30:00Z"))
        expectClose(zone.points[0].intensity!, 206)   // actual
        #expect(zone.points[0].kind == .actual)
        expectClose(zone.points[1].intensity!, 216)   // forecast, no actual yet
        #expect(zone.points[1].kind == .forecast)
    }

    @Test func nationalGridTableGivesTheSameValues() throws {
        let series = try SeriesParser.parse(name: "ng.csv", bytes: TimeShiftReference.bytes("national_grid_intensity.csv"), zone: "GB")
        let json = try NationalGridImporter.parse(name: "uk.json", bytes: TimeShiftReference.bytes("upstream/bluehands_uk_carbonintensity-api-format.json"))
        let table = series.zones[0], api = try #require(json.zone("GB"))
        #expect(table.points.count == 8)
        #expect(table.points == Array(api.points.prefix(8)))
    }

    @Test(arguments: [
        ("time,intensity", "time"), ("datetime,carbon_intensity", "datetime"), ("timestamp,gco2_per_kwh", "timestamp"),
        ("from,forecast", "from"), ("from,actual", "from"),
    ])
    func commonHeaders(_ header: String, _ timeName: String) throws {
        let text = "\(header)\n2024-06-03T00:00Z,100\n2024-06-03T01:00Z,50\n"
        let series = try SeriesParser.parse(name: "s.csv", text: text)
        #expect(series.zones[0].points.map(\.intensity) == [100, 50])
        #expect(series.zones[0].stepSeconds == 3600)
    }

    @Test func timestampsWithoutAnOffsetAreRefusedNamingTimezone() throws {
        let bytes = try TimeShiftReference.bytes("local_time_single_zone.csv")
        do {
            _ = try SeriesParser.parse(name: "local.csv", bytes: bytes)
            Issue.record("a local time was accepted")
        } catch {
            #expect(error.description.contains("local.csv:2"))
            #expect(error.description.contains("timestamp '2024-06-03 00:00' has no offset"))
            #expect(error.description.contains("--timezone"))
        }
        let plusOne = try SeriesParser.parse(name: "local.csv", bytes: bytes, timezone: TimeZoneRule.fixed("+01:00"))
        #expect(plusOne.zones[0].start == at("2024-06-02T23:00:00Z"))
        let utc = try SeriesParser.parse(name: "local.csv", bytes: bytes, timezone: TimeZoneRule.fixed("UTC"))
        #expect(utc.zones[0].start == at("2024-06-03T00:00:00Z"))
    }

    @Test func fixedOffsets() throws {
        let cases: [(String, Int64)] = [("UTC", 0), ("Z", 0), ("gmt", 0), ("+01:00", 3600), ("-0530", -19800), ("+09", 32400), ("UTC+02:00", 7200)]
        for (text, offset) in cases {
            #expect(TimeZoneRule.fixed(text)?.utc(fromWallClock: 100_000) == 100_000 - offset, "\(text)")
        }
        for text in ["Europe/London", "+1", "+24:00", "+01:60", "CET", "+01:00:00"] {
            #expect(TimeZoneRule.fixed(text) == nil, "\(text)")
        }
    }

    @Test func twoIntensityColumnsAreRefused() {
        #expect(throws: TimeShiftError.self) { try SeriesParser.parse(name: "s.csv", text: "time,intensity,carbon_intensity\n2024-06-03T00:00Z,1,2\n") }
    }
}
