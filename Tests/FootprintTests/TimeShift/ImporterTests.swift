import Footprint
import Testing

@Suite("TimeShift importers")
struct TimeShiftImporterTests {
    private func fault(_ body: () throws(TimeShiftError) -> IntensitySeries) -> DataError? {
        do {
            _ = try body()
            Issue.record("expected a file fault")
        } catch {
            if case .data(let data) = error { return data }
            Issue.record("expected a file fault, got \(error)")
        }
        return nil
    }

    // MARK: carbon-aware-sdk

    @Test("carbon-aware-sdk: the SDK's AWS test data (25 locations × 24 hours)")
    func casdkAWS() throws {
        let name = "upstream/casdk_test-data-aws-emissions.json"
        let series = try CarbonAwareSDKImporter.parse(name: name, bytes: TimeShiftReference.bytes(name))
        #expect(series.zones.count == 25)
        let east = try #require(series.zone("us-east-1"))
        #expect(east.points.count == 24)
        #expect(east.stepSeconds == 3600)
        #expect(east.points.first?.start == at("2021-10-25T14:50:00Z"))
        #expect(east.points.prefix(3).map(\.intensity) == [90, 57, 19])
        #expect(series.gaps.isEmpty)
    }

    @Test("carbon-aware-sdk: a 15-minute forecast without locations, zeros as missing")
    func casdkBluehands() throws {
        let name = "upstream/bluehands_de_forecast_casdk-format.json"
        let bytes = try TimeShiftReference.bytes(name)
        let series = try CarbonAwareSDKImporter.parse(name: name, bytes: bytes, defaultZone: "DE", zeroMeansMissing: true)
        let zone = try #require(series.zone("DE"))
        #expect(zone.stepSeconds == 900)
        #expect(zone.points.first?.intensity == 185.3)
        #expect(zone.gaps == [DataGap(zone: "DE", start: at("2024-03-24T23:00:00Z"), end: at("2024-03-25T23:00:00Z"), reason: .missingValue)])
        #expect(try CarbonAwareSDKImporter.parse(name: name, bytes: bytes, defaultZone: "DE").gaps.isEmpty)

        let missing = fault { () throws(TimeShiftError) in try CarbonAwareSDKImporter.parse(name: name, bytes: bytes) }
        #expect(missing?.line == 4)
        #expect(missing?.message.contains("no 'Location'") == true)
    }

    @Test("carbon-aware-sdk: the SDK's sample file (string ratings, times without offsets)")
    func casdkSample() throws {
        let name = "upstream/casdk_sample-emissions-data.json"
        let bytes = try TimeShiftReference.bytes(name)
        let rejected = fault { () throws(TimeShiftError) in try CarbonAwareSDKImporter.parse(name: name, bytes: bytes) }
        #expect(rejected?.line == 10)
        #expect(rejected?.column == 15)
        let series = try CarbonAwareSDKImporter.parse(name: name, bytes: bytes, timesWithoutOffsetAreUTC: true)
        #expect(series.zoneNames == ["Auckland", "Melbourne", "Sydney", "US-East"])
        #expect(series.zone("Sydney")?.points.map(\.intensity) == [0.6, 0.7, 0.9, 0.72, 0.01])
    }

    @Test("carbon-aware-sdk: forecast answers, numeric durations, nulls and JSON errors")
    func casdkForecastShape() throws {
        let json = """
        [{"generatedAt": "2024-06-03T00:00:00Z", "location": "westeurope",
          "forecastData": [
            {"location": "westeurope", "timestamp": "2024-06-03T00:00:00Z", "duration": 30, "value": 210.5},
            {"location": "westeurope", "timestamp": "2024-06-03T00:30:00Z", "duration": 30, "value": null},
            {"timestamp": "2024-06-03T01:00:00+00:00", "duration": "00:30:00", "value": "190"}
          ]}]
        """
        let series = try CarbonAwareSDKImporter.parse(name: "f.json", bytes: Array(json.utf8))
        let zone = try #require(series.zone("westeurope"))
        #expect(zone.points.map(\.intensity) == [210.5, nil, 190])
        #expect(zone.points.allSatisfy { $0.kind == .forecast && $0.durationSeconds == 1800 })
        #expect(zone.gaps.count == 1)

        let broken = fault { () throws(TimeShiftError) in
            try CarbonAwareSDKImporter.parse(name: "b.json", bytes: Array("[\n  {\"Time\": \"2024-06-03T00:00Z\",\n   \"Rating\": 1,,}\n]".utf8))
        }
        #expect(broken?.line == 3 && broken?.column == 16)
        #expect(broken?.message.hasPrefix("invalid JSON") == true)
        let badRating = fault { () throws(TimeShiftError) in
            try CarbonAwareSDKImporter.parse(name: "r.json", bytes: Array(#"[{"Location":"x","Time":"2024-06-03T00:00Z","Rating":true}]"#.utf8))
        }
        #expect(badRating?.column == 54)
        let badDuration = fault { () throws(TimeShiftError) in
            try CarbonAwareSDKImporter.parse(name: "d.json", bytes: Array(#"[{"Location":"x","Time":"2024-06-03T00:00Z","Rating":1,"Duration":"1 hour"}]"#.utf8))
        }
        #expect(badDuration?.message.contains("Duration") == true)
        let unicode = try CarbonAwareSDKImporter.parse(name: "u.json", bytes: Array(#"{"Emissions":[{"Location":"Z\u00fcrich \ud83d\ude00","Time":"2024-06-03T00:00Z","Rating":1,"Duration":"1.00:00:00"}]}"#.utf8))
        #expect(unicode.zoneNames == ["Zürich 😀"])
        #expect(unicode.zones[0].stepSeconds == 86_400)
    }

    // MARK: Energi Data Service

    @Test("Energi Data Service: API JSON (CO2EmisProg, newest first, a null)")
    func energiDataServiceJSON() throws {
        let json = """
        {"total": 5, "dataset": "CO2EmisProg", "records": [
          {"Minutes5UTC": "2024-06-03T00:15:00", "Minutes5DK": "2024-06-03T02:15:00", "PriceArea": "DK1", "CO2Emission": 98.0},
          {"Minutes5UTC": "2024-06-03T00:10:00", "Minutes5DK": "2024-06-03T02:10:00", "PriceArea": "DK1", "CO2Emission": null},
          {"Minutes5UTC": "2024-06-03T00:05:00", "Minutes5DK": "2024-06-03T02:05:00", "PriceArea": "DK1", "CO2Emission": 101.5},
          {"Minutes5UTC": "2024-06-03T00:00:00", "Minutes5DK": "2024-06-03T02:00:00", "PriceArea": "DK1", "CO2Emission": 103},
          {"Minutes5UTC": "2024-06-03T00:00:00", "Minutes5DK": "2024-06-03T02:00:00", "PriceArea": "DK2", "CO2Emission": 55}
        ]}
        """
        let series = try EnergiDataServiceImporter.parse(name: "prog.json", bytes: Array(json.utf8))
        #expect(series.zoneNames == ["DK1", "DK2"])
        let dk1 = try #require(series.zone("DK1"))
        #expect(dk1.points.map(\.intensity) == [103, 101.5, nil, 98])
        #expect(dk1.points.allSatisfy { $0.kind == .forecast && $0.durationSeconds == 300 })
        #expect(dk1.gaps == [DataGap(zone: "DK1", start: at("2024-06-03T00:10:00Z"), end: at("2024-06-03T00:15:00Z"), reason: .missingValue)])
        #expect(series.zone("DK2")?.stepSeconds == 300)  // a single record still lasts 5 minutes

        let measured = try EnergiDataServiceImporter.parse(name: "m.json", bytes: Array(#"{"dataset":"CO2Emis","records":[{"Minutes5UTC":"2024-06-03T00:00:00","PriceArea":"DK1","CO2Emission":1}]}"#.utf8))
        #expect(measured.zones[0].points[0].kind == .actual)
        let missingField = fault { () throws(TimeShiftError) in
            try EnergiDataServiceImporter.parse(name: "x.json", bytes: Array(#"{"records":[{"Minutes5UTC":"2024-06-03T00:00:00","CO2Emission":1}]}"#.utf8))
        }
        #expect(missingField?.message.contains("PriceArea") == true)
    }

    @Test("Energi Data Service: CSV downloads, comma or semicolon with decimal commas")
    func energiDataServiceCSV() throws {
        let comma = "Minutes5UTC,Minutes5DK,PriceArea,CO2Emission\n2024-06-03 00:00,2024-06-03 02:00,DK1,84.5\n2024-06-03 00:05,2024-06-03 02:05,DK1,\n"
        let a = try EnergiDataServiceImporter.parse(name: "a.csv", bytes: Array(comma.utf8), kind: .actual)
        #expect(a.zones[0].points.map(\.intensity) == [84.5, nil])
        #expect(a.zones[0].points[0].kind == .actual)
        let semicolon = "\u{FEFF}Minutes5UTC;Minutes5DK;PriceArea;CO2Emission\r\n2024-06-03T00:00:00;2024-06-03T02:00:00;\"DK2\";84,25\r\n2024-06-03T00:05:00;2024-06-03T02:05:00;DK2;80\r\n"
        let b = try EnergiDataServiceImporter.parse(name: "b.csv", bytes: Array(semicolon.utf8))
        #expect(b.zoneNames == ["DK2"])
        #expect(b.zones[0].points.map(\.intensity) == [84.25, 80])
        let bad = fault { () throws(TimeShiftError) in
            try EnergiDataServiceImporter.parse(name: "c.csv", bytes: Array("Minutes5UTC;PriceArea;CO2Emission\n2024-06-03T00:00:00;DK1;lots\n".utf8))
        }
        #expect(bad.map { ($0.line, $0.column) } ?? (0, 0) == (2, 3))
    }

    // MARK: Electricity Maps

    @Test("Electricity Maps: data-portal CSV, life-cycle or direct, and the older layout")
    func electricityMaps() throws {
        // A made-up file in the data portal's layout (not Electricity Maps data).
        let csv = """
        Datetime (UTC),Country,Zone Name,Zone Id,Carbon Intensity gCO₂eq/kWh (direct),Carbon Intensity gCO₂eq/kWh (LCA),Low Carbon Percentage,Renewable Percentage,Data Source,Data Estimated,Data Estimation Method
        2023-01-01 00:00:00,Denmark,West Denmark,DK-DK1,100.0,150.0,70,60,example,false,
        2023-01-01 01:00:00,Denmark,West Denmark,DK-DK1,,,70,60,example,true,
        2023-01-01 02:00:00,Denmark,West Denmark,DK-DK1,90.0,140.0,70,60,example,false,
        """
        let lifecycle = try ElectricityMapsImporter.parse(name: "em.csv", bytes: Array(csv.utf8))
        let zone = try #require(lifecycle.zone("DK-DK1"))
        #expect(zone.points.map(\.intensity) == [150, nil, 140])
        #expect(zone.points.first?.start == at("2023-01-01T00:00:00Z"))
        #expect(zone.points.allSatisfy { $0.kind == .actual })
        #expect(zone.gaps.count == 1)
        let direct = try ElectricityMapsImporter.parse(name: "em.csv", bytes: Array(csv.utf8), basis: .direct)
        #expect(direct.zones[0].points.map(\.intensity) == [100, nil, 90])

        let older = "datetime,timestamp,zone_id,carbon_intensity_avg\n2020-01-01T00:00:00.000Z,1577836800,FR,55\n2020-01-01T01:00:00.000Z,1577840400,FR,57\n"
        #expect(try ElectricityMapsImporter.parse(name: "old.csv", bytes: Array(older.utf8)).zone("FR")?.points.map(\.intensity) == [55, 57])
        let noDirect = fault { () throws(TimeShiftError) in try ElectricityMapsImporter.parse(name: "old.csv", bytes: Array(older.utf8), basis: .direct) }
        #expect(noDirect?.line == 1)
        let badTime = fault { () throws(TimeShiftError) in
            try ElectricityMapsImporter.parse(name: "t.csv", bytes: Array("Datetime (UTC),Zone Id,Carbon Intensity gCO₂eq/kWh (LCA)\nyesterday,DK,1\n".utf8))
        }
        #expect(badTime.map { ($0.line, $0.column) } ?? (0, 0) == (2, 1))
    }
}
