import Footprint
import Testing

@Suite("TimeShift timestamps")
struct TimeShiftTimestampTests {
    @Test("Z, offsets, optional seconds and fractions")
    func parsesVariants() {
        let utc: Int64 = 1_717_408_800  // 2024-06-03T10:00:00Z
        #expect(Timestamp.parse("2024-06-03T10:00:00Z") == utc)
        #expect(Timestamp.parse("2024-06-03T10:00Z") == utc)
        #expect(Timestamp.parse("2024-06-03t10:00:00z") == utc)
        #expect(Timestamp.parse("2024-06-03 10:00:00Z") == utc)
        #expect(Timestamp.parse(" 2024-06-03T10:00:00.999Z ") == utc)
        #expect(Timestamp.parse("2024-06-03T10:00:00,5Z") == utc)
        #expect(Timestamp.parse("2024-06-03T12:00:00+02:00") == utc)
        #expect(Timestamp.parse("2024-06-03T12:00:00+0200") == utc)
        #expect(Timestamp.parse("2024-06-03T12:00+02") == utc)
        #expect(Timestamp.parse("2024-06-03T04:30:00-05:30") == utc)
        #expect(Timestamp.parse("2024-06-03T10:00:00+00:00") == utc)
    }

    @Test("a missing offset is rejected unless the column is known to be UTC")
    func missingOffset() {
        #expect(Timestamp.parse("2024-06-03T10:00:00") == nil)
        #expect(Timestamp.parse("2024-06-03T10:00:00", missingOffset: .utc) == 1_717_408_800)
        #expect(Timestamp.parse("2023-01-01 00:00:00", missingOffset: .utc) == 1_672_531_200)
    }

    @Test("malformed or impossible timestamps are rejected")
    func rejects() {
        for text in ["", "2024-06-03", "2024-6-03T10:00Z", "2024-02-30T00:00Z", "2023-02-29T00:00Z",
                     "2024-06-03T24:00Z", "2024-06-03T10:60Z", "2024-06-03T10:00:60Z", "2024-13-01T00:00Z",
                     "2024-06-03T10:00:00+25:00", "2024-06-03T10:00:00Q", "2024-06-03T10:00:00.Z", "x2024-06-03T10:00Z"] {
            #expect(Timestamp.parse(text) == nil, "\(text)")
        }
        #expect(Timestamp.parse("2024-02-29T00:00Z") == 1_709_164_800)
    }

    @Test("DST changes written with local offsets map to contiguous UTC hours")
    func daylightSaving() {
        // Europe/Berlin, spring forward on 2024-03-31 and fall back on 2024-10-27.
        #expect(Timestamp.parse("2024-03-31T03:00:00+02:00")! - Timestamp.parse("2024-03-31T01:00:00+01:00")! == 3600)
        #expect(Timestamp.parse("2024-10-27T02:00:00+01:00")! - Timestamp.parse("2024-10-27T02:00:00+02:00")! == 3600)
    }

    @Test("UTC formatting round-trips, including before 1970 and leap days")
    func formats() {
        #expect(Timestamp.iso8601(0) == "1970-01-01T00:00:00Z")
        #expect(Timestamp.iso8601(-1) == "1969-12-31T23:59:59Z")
        #expect(Timestamp.iso8601(1_709_164_800) == "2024-02-29T00:00:00Z")
        for seconds: Int64 in [-86_400 * 400 - 7, -1, 0, 951_782_400, 1_717_408_805, 4_102_444_799] {
            #expect(Timestamp.parse(Timestamp.iso8601(seconds)) == seconds)
        }
        #expect(Timestamp.seconds(year: 2000, month: 3, day: 1) == 951_868_800)
        #expect(Timestamp.seconds(year: 1900, month: 2, day: 29) == nil)
    }
}
