import Footprint
import Testing

@Suite("TimeShift canonical series (version 1)")
struct TimeShiftSeriesParserTests {
    @Test("reads zones, the alias column, kinds, and sorts rows")
    func readsCanonical() throws {
        let text = """
        timestamp,zone,intensity_g_per_kwh,kind,note\r
        2024-06-03T01:00:00Z,B,20,forecast,x\r
        2024-06-03T00:00:00Z,A,100,actual,\r
        2024-06-03T01:00:00Z,A,110.5,ACTUAL,\r
        2024-06-03T00:00:00Z,B,10,,\r

        """
        let series = try SeriesParser.parse(name: "s.csv", text: text)
        #expect(series.zoneNames == ["A", "B"])
        let a = try #require(series.zone("A"))
        #expect(a.points.map(\.intensity) == [100, 110.5])
        #expect(a.points.map(\.kind) == [.actual, .actual])
        #expect(a.stepSeconds == 3600)
        #expect(a.gaps.isEmpty)
        #expect(series.zone("B")?.points.map(\.start) == [at("2024-06-03T00:00:00Z"), at("2024-06-03T01:00:00Z")])
        #expect(series.zone("C") == nil)

        let alias = try SeriesParser.parse(name: "s.csv", text: "Timestamp,Zone,GCO2_per_kWh\n2024-06-03T00:00Z,A,5\n2024-06-03T00:30Z,A,6\n")
        #expect(alias.zone("A")?.stepSeconds == 1800)
    }

    @Test("empty values and missing rows are gaps, never interpolated")
    func gaps() throws {
        let text = """
        timestamp,zone,intensity_g_per_kwh
        2024-06-03T00:00:00Z,A,100
        2024-06-03T01:00:00Z,A,
        2024-06-03T02:00:00Z,A,
        2024-06-03T03:00:00Z,A,90
        2024-06-03T06:00:00Z,A,80
        2024-06-03T07:00:00Z,A,80
        """
        let zone = try #require(try SeriesParser.parse(name: "g.csv", text: text).zone("A"))
        #expect(zone.stepSeconds == 3600)
        #expect(zone.gaps == [
            DataGap(zone: "A", start: at("2024-06-03T01:00:00Z"), end: at("2024-06-03T03:00:00Z"), reason: .missingValue),
            DataGap(zone: "A", start: at("2024-06-03T04:00:00Z"), end: at("2024-06-03T06:00:00Z"), reason: .missingRows),
        ])
        #expect(zone.gaps[1].description == "A: no data 2024-06-03T04:00:00Z – 2024-06-03T06:00:00Z (2 h, missing rows)")

        // A 2-hour job fits only where both hours have data.
        let series = try SeriesParser.parse(name: "g.csv", text: text)
        let result = try WindowSearch.best(TimeShiftQuery(job: TimeShiftJob(facilityKWhPerHour: 1, hours: 2)), in: series)
        #expect(result.start == at("2024-06-03T06:00:00Z"))
        #expect(result.candidateWindows == 1)
        #expect(result.startNow == nil)
        #expect(result.savingKg == nil)
        #expect(result.gaps.count == 2)
    }

    @Test("local timestamps with offsets across DST changes form one contiguous hourly series")
    func daylightSavingOffsets() throws {
        let text = """
        timestamp,zone,intensity_g_per_kwh
        2024-03-31T00:00:00+01:00,DE,300
        2024-03-31T01:00:00+01:00,DE,200
        2024-03-31T03:00:00+02:00,DE,100
        2024-03-31T04:00:00+02:00,DE,400
        2024-10-27T01:00:00+02:00,FR,50
        2024-10-27T02:00:00+02:00,FR,40
        2024-10-27T02:00:00+01:00,FR,30
        2024-10-27T03:00:00+01:00,FR,60
        """
        let series = try SeriesParser.parse(name: "dst.csv", text: text)
        for zone in series.zones {
            #expect(zone.stepSeconds == 3600, "\(zone.zone)")
            #expect(zone.gaps.isEmpty, "\(zone.zone)")
            #expect(zone.points.count == 4)
        }
        let de = try WindowSearch.best(TimeShiftQuery(job: TimeShiftJob(facilityKWhPerHour: 1, hours: 2), zone: "DE"), in: series)
        #expect(Timestamp.iso8601(de.start) == "2024-03-31T00:00:00Z")  // 01:00+01:00 and 03:00+02:00
        #expect(isNear(de.averageIntensity, 150))
        let fr = try WindowSearch.best(TimeShiftQuery(job: TimeShiftJob(facilityKWhPerHour: 1, hours: 1), zone: "FR"), in: series)
        #expect(Timestamp.iso8601(fr.start) == "2024-10-27T01:00:00Z")  // the second 02:00 local
    }

    @Test("explicit durations, and actual values replacing forecasts")
    func durationsAndKinds() throws {
        let text = """
        timestamp,zone,intensity_g_per_kwh,duration_minutes,kind
        2024-06-03T00:00:00Z,A,100,15,forecast
        2024-06-03T00:00:00Z,A,90,15,actual
        2024-06-03T00:15:00Z,A,80,45,forecast
        """
        let zone = try #require(try SeriesParser.parse(name: "d.csv", text: text).zone("A"))
        #expect(zone.points.map(\.intensity) == [90, 80])
        #expect(zone.points.map(\.durationSeconds) == [900, 2700])
        #expect(zone.end == at("2024-06-03T01:00:00Z"))
        let single = try SeriesParser.parse(name: "one.csv", text: "timestamp,zone,intensity_g_per_kwh,duration_minutes\n2024-06-03T00:00Z,A,1,60\n")
        #expect(single.zone("A")?.stepSeconds == 3600)
    }

    @Test("faults name file, line and column")
    func faults() {
        func fault(_ text: String) -> DataError? {
            do {
                _ = try SeriesParser.parse(name: "f.csv", text: text)
                return nil
            } catch {
                if case .data(let data) = error { return data }
                Issue.record("expected a file fault, got \(error)")
                return nil
            }
        }
        let header = "timestamp,zone,intensity_g_per_kwh,duration_minutes,kind\n"
        let ok = "2024-06-03T00:00:00Z,A,1,,\n"
        #expect(fault(header + ok + "2024-06-03T01:00:00,A,1,,\n").map { ($0.line, $0.column) } ?? (0, 0) == (3, 1))
        #expect(fault(header + ok + "2024-06-03T01:00:00Z,,1,,\n")?.column == 2)
        #expect(fault(header + ok + "2024-06-03T01:00:00Z,A,-4,,\n")?.column == 3)
        #expect(fault(header + ok + "2024-06-03T01:00:00Z,A,nan,,\n")?.column == 3)
        #expect(fault(header + ok + "2024-06-03T01:00:00Z,A,1,0,\n")?.column == 4)
        #expect(fault(header + ok + "2024-06-03T01:00:00Z,A,1,,guess\n")?.column == 5)
        #expect(fault("timestamp,zone\n" + ok)?.message.contains("intensity_g_per_kwh") == true)
        #expect(fault("zone,intensity_g_per_kwh\n")?.message.contains("timestamp") == true)
        #expect(fault("timestamp,zone,intensity_g_per_kwh,gco2_per_kwh\n")?.column == 4)
        let duplicate = fault(header + ok + "2024-06-03T01:00:00Z,A,1,,\n2024-06-03T00:00:00Z,A,2,,\n")
        #expect(duplicate?.line == 4)
        #expect(duplicate?.description.hasPrefix("f.csv:4: zone A has two readings at 2024-06-03T00:00:00Z (also on line 2)") == true)
        let overlap = fault(header + "2024-06-03T00:00:00Z,A,1,90,\n2024-06-03T01:00:00Z,A,1,60,\n")
        #expect(overlap?.line == 3)
        #expect(overlap?.message.contains("lasts until 2024-06-03T01:30:00Z") == true)
        let lonely = fault(header + ok)
        #expect(lonely?.message.contains("cannot tell how long") == true)
        do {
            _ = try SeriesParser.parse(name: "empty.csv", text: "timestamp,zone,intensity_g_per_kwh\n")
            Issue.record("expected an error")
        } catch {
            #expect(error == .emptySeries("empty.csv"))
        }
    }
}
