import Testing
@testable import Footprint

/// A batch `provider` column narrows each row's region name to that provider's regions; an
/// empty cell takes the `provider` default. Every mode of `BatchTests.run` (one thread, two
/// threads, small and large chunks) must give the same rows.
struct BatchProviderTests {
    let batch = BatchTests()
    let input = """
        job,provider,region,hardware,hours
        1,aws,virginia,A100 SXM4 80GB,10
        2,gcp,tokyo,A100 SXM4 80GB,10
        3, aws ,tokyo,A100 SXM4 80GB,10
        4,"azure",tokyo,A100 SXM4 80GB,10
        5,,tokyo,A100 SXM4 80GB,10
        6,aws,tokyo,A100 SXM4 80GB,10
        7,nope,tokyo,A100 SXM4 80GB,10
        8,gcp,,A100 SXM4 80GB,10

        """

    /// The `location_id` and `co2e_kg` cells of each output row.
    func placesAndCO2e(_ output: String) -> [(location: String, co2e: Double?)] {
        output.split(separator: "\n").dropFirst().map { line in
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return (cells[7], Double(cells[9]))
        }
    }

    @Test func eachRowsProviderChoosesAmongItsRegions() throws {
        var defaults = JobSpec()
        defaults.provider = "oci"
        let result = try batch.run(Array(input.utf8), defaults: defaults)
        let rows = placesAndCO2e(result.output)
        #expect(rows.map(\.location) == [
            "aws:us-east-1", "gcp:asia-northeast1", "aws:ap-northeast-1", "azure:japaneast", "oci:ap-tokyo-1",
            "aws:ap-northeast-1", "", "WORLD",
        ])
        // One A100 at 400 W for 10 h is 4 kWh, times us-east-1's PUE (AWS's 1.15) and intensity.
        expectClose(try #require(rows[0].co2e), 4 * 1.15 * 310.76 / 1000)
        expectClose(try #require(rows[2].co2e), try #require(rows[5].co2e))
        #expect(result.errors.map(\.line) == [8])
        #expect(result.errors.first?.message.contains("unknown provider 'nope'") == true)
    }

    @Test func aDefaultRegionIsLookedUpInTheRowsProvider() throws {
        var defaults = JobSpec()
        defaults.provider = "gcp"
        defaults.region = "europe-west4"
        let rows = placesAndCO2e(try batch.run(Array(input.utf8), defaults: defaults).output)
        #expect(rows.map(\.location) == [
            "aws:us-east-1", "gcp:asia-northeast1", "aws:ap-northeast-1", "azure:japaneast", "gcp:asia-northeast1",
            "aws:ap-northeast-1", "", "gcp:europe-west4",
        ])
    }
}
