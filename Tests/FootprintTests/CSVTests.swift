import Testing
@testable import Footprint

/// RFC 4180 edge cases of the scanner and writer.
struct CSVTests {
    func records(_ text: String) throws -> [[String]] {
        try CSVTable(name: "t.csv", text: "h\n" + text).rows.map(\.cells)
    }

    @Test func quotedFieldsWithCommasQuotesAndNewlines() throws {
        #expect(try records("a,\"b,c\",\"say \"\"hi\"\"\"\n") == [["a", "b,c", "say \"hi\""]])
        let table = try CSVTable(name: "t.csv", text: "h\n\"two\nlines\",x\nnext,y\n")
        #expect(table.rows.map(\.cells) == [["two\nlines", "x"], ["next", "y"]])
        #expect(table.rows.map(\.line) == [2, 4])
    }

    @Test func crlfBomEmptyCellsAndBlankLines() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("id,v\r\n1,\r\n\r\n2,x\r\n".utf8)
        let table = try CSVTable(name: "t.csv", bytes: bytes)
        #expect(table.header == ["id", "v"])
        #expect(table.rows.map(\.cells) == [["1", ""], ["2", "x"]])
        #expect(table.rows.map(\.line) == [2, 4])
    }

    @Test func lastLineWithoutNewline() throws {
        #expect(try records("a,b") == [["a", "b"]])
    }

    @Test func malformedQuotingIsReportedWithItsLine() {
        #expect(throws: DataError.self) { try records("ok\n\"open,never closed\n") }
        #expect {
            try records("ok\n\"a\"b,c\n")
        } throws: { error in
            (error as? DataError)?.line == 3
        }
    }

    @Test func scannerAsksForMoreBytesInsideARecord() {
        let bytes = Array("a,\"b\nc".utf8)
        var fields: [CSVField] = []
        let outcome = bytes.withUnsafeBufferPointer { CSVScanner.scanRecord(in: $0, from: 0, atEnd: false, fields: &fields) }
        #expect(outcome == .incomplete)
    }

    @Test func writerQuotesOnlyWhenNeededAndNeutralisesFormulas() {
        #expect(CSVWriter.line(["a", "b,c", "say \"hi\"", "x\ny"]) == "a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\"\n")
        #expect(CSVWriter.neutralizingFormula("=SUM(A1)") == "'=SUM(A1)")
        #expect(CSVWriter.neutralizingFormula("-3") == "'-3")
        #expect(CSVWriter.neutralizingFormula("ok") == "ok")
    }
}
