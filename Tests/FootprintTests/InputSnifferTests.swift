import Testing
@testable import Footprint

/// What `InputSniffer` refuses before any row is read, and what it lets through.
struct InputSnifferTests {
    /// The message of the refusal of `bytes`, or nil when they pass.
    func refusal(_ bytes: [UInt8]) -> String? {
        do throws(DataError) {
            try InputSniffer.checkText(bytes, name: "in.csv", sink: "| footprint batch -")
            return nil
        } catch {
            #expect(error.file == "in.csv" && error.line == 1)
            return error.message
        }
    }

    @Test(arguments: [
        ([0x1F, 0x8B, 0x08, 0x00], "gzip", "gunzip -c"), ([0x28, 0xB5, 0x2F, 0xFD, 0x00], "zstd", "zstd -dc"),
        ([0x42, 0x5A, 0x68, 0x39], "bzip2", "bzip2 -dc"), ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz", "xz -dc"),
        ([0x50, 0x4B, 0x03, 0x04, 0x14], "zip", "unzip -p"),
    ] as [([UInt8], String, String)])
    func compressedInputIsRefusedWithTheCommandThatDecompressesIt(magic: [UInt8], format: String, command: String) {
        #expect(refusal(magic + Array(repeating: 0x41, count: 100))
            == "compressed input (\(format)): decompress it first (e.g. `\(command) FILE | footprint batch -`)")
    }

    @Test func utf16AndUTF32AreRefusedWithAConversion() {
        let text = Array("hardware,hours\n".utf16)
        let little: [UInt8] = [0xFF, 0xFE] + text.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(refusal(little)?.hasPrefix("the file is UTF-16LE text: convert it to UTF-8 first (e.g. `iconv -f UTF-16LE") == true)
        #expect(refusal(big)?.hasPrefix("the file is UTF-16BE text") == true)
        #expect(refusal([0xFF, 0xFE, 0, 0, 0x68, 0, 0, 0])?.hasPrefix("the file is UTF-32LE text") == true)
        #expect(refusal([0, 0, 0xFE, 0xFF, 0, 0, 0, 0x68])?.hasPrefix("the file is UTF-32BE text") == true)
    }

    @Test func nulBytesOrMostlyBinaryAreNotText() {
        let binary = "not a text CSV file (it holds NUL bytes or mostly non-text bytes)"
        #expect(refusal(Array("hardware,hours\nA100,1\0\n".utf8)) == binary)
        var generator = SystemRandomNumberGenerator()
        let noise = (0..<4096).map { _ in UInt8.random(in: 1...255, using: &generator) }
        #expect(refusal(noise) == binary)
    }

    @Test func semicolonAndTabSeparatedFilesAreRefusedClearly() {
        #expect(refusal(Array("hardware;hours\nA100;1,5\n".utf8))?.hasPrefix("the columns are separated by ';', not commas") == true)
        #expect(refusal(Array("hardware\thours\nA100\t1\n".utf8))?.hasPrefix("the columns are separated by tabs, not commas") == true)
    }

    @Test func textCSVAndJSONPass() {
        #expect(refusal(Array("hardware,hours\nA100 SXM4 80GB,1\n".utf8)) == nil)
        #expect(refusal([0xEF, 0xBB, 0xBF] + Array("hardware,hours\nÉpée ☃,1\n".utf8)) == nil)
        #expect(refusal(Array("hardware\nA100\n".utf8)) == nil)
        #expect(refusal(Array("[{\"location\": \"a;b\"}]".utf8)) == nil)
        #expect(refusal([]) == nil)
        // A UTF-8 sequence cut by the end of the prefix is still text.
        #expect(refusal(Array("hours\n1\n".utf8) + [0xE2, 0x98]) == nil)
    }

    @Test func aBatchHeaderWithNoKnownColumnListsTheKnownOnesAndTheClosest() {
        #expect(throws: DataError.self) { try InputSniffer.checkBatchHeader(Array("hardwre,hourz,foo\n1,2,3\n".utf8), name: "in.csv") }
        do throws(DataError) {
            try InputSniffer.checkBatchHeader(Array("\nhardwre,hourz,foo\n1,2,3\n".utf8), name: "in.csv")
        } catch {
            #expect(error.message.hasPrefix(
                "the header names no column footprint knows: 'hardwre' (closest: 'hardware'), 'hourz' (closest: 'hours'), 'foo'; known columns: hardware, count,"))
        }
        #expect(throws: Never.self) { try InputSniffer.checkBatchHeader(Array("foo,GPU,bar\n".utf8), name: "in.csv") }
        #expect(throws: Never.self) { try InputSniffer.checkBatchHeader(Array("unfinished,header".utf8), name: "in.csv") }
    }
}
