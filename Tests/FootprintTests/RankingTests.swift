import Testing
@testable import Footprint

/// Ranking a job across locations.
struct RankingTests {
    let catalog = try! Catalog.builtIn()

    func site(_ id: String, provider: String?, intensity: Double, pue: Double) -> Site {
        let source = Provenance(source: "test", year: 2025, table: nil)
        return Site(
            id: id, name: id, kind: provider == nil ? .country : .region, provider: provider, country: nil, continent: nil,
            gridZone: nil, intensity: Factor(intensity, source), basis: .lifecycle, pue: Factor(pue, source))
    }

    func job(at site: Site) throws -> Job {
        try catalog.job(for: try JobSpec(parsing: [.power: "1000", .hours: "10"])).placed(at: site)
    }

    @Test func eachSiteUsesItsOwnIntensityAndPUEWithSavings() throws {
        // 1 kW × 10 h = 10 kWh IT. Home: × 1.5 × 400 g = 6 kg. A: × 1.1 × 100 = 1.1 kg. B: × 2.0 × 100 = 2 kg.
        let home = site("home", provider: "x", intensity: 400, pue: 1.5)
        let a = site("a", provider: "x", intensity: 100, pue: 1.1), b = site("b", provider: "y", intensity: 100, pue: 2.0)
        let baseline = Estimator.estimate(try job(at: home))
        let ranking = Ranking(job: try job(at: home), sites: [b, home, a], baseline: baseline)
        #expect(ranking.alternatives.map(\.site.id) == ["a", "b", "home"])
        #expect(ranking.alternatives.map(\.rank) == [1, 2, 3])
        expectClose(ranking.alternatives[0].estimate.co2eKg, 1.1)
        expectClose(ranking.alternatives[0].savingKg!, 4.9)
        expectClose(ranking.alternatives[0].savingPercent!, 4.9 / 6 * 100)
        expectClose(ranking.alternatives[1].estimate.co2eKg, 2)
        #expect(ranking.alternatives.map(\.isJobLocation) == [false, false, true])
        expectClose(ranking.alternatives[2].savingKg!, 0)
    }

    @Test func tiesBreakByProviderThenIdWithGridsLast() throws {
        let sites = [
            site("z-grid", provider: nil, intensity: 100, pue: 1), site("b2", provider: "b", intensity: 100, pue: 1),
            site("a9", provider: "a", intensity: 100, pue: 1), site("b1", provider: "b", intensity: 100, pue: 1),
        ]
        let ranking = Ranking(job: try job(at: sites[0]), sites: sites, baseline: nil)
        #expect(ranking.alternatives.map(\.site.id) == ["a9", "b1", "b2", "z-grid"])
        #expect(ranking.alternatives.allSatisfy { $0.savingKg == nil && !$0.isJobLocation })
    }

    @Test func builtInRegionsFilteredByProviderAndContinent() throws {
        let aws = catalog.sites(matching: SiteFilter(kinds: [.region], providers: ["aws"]))
        #expect(!aws.isEmpty && aws.allSatisfy { $0.provider == "aws" })
        let europe = catalog.sites(matching: SiteFilter(kinds: [.region], continents: ["europe"]))
        #expect(europe.contains { $0.id == "gcp:europe-west1" })
        #expect(!europe.contains { $0.id == "aws:us-east-1" })
        let job = try catalog.job(for: try JobSpec(parsing: [.hardware: "H100 SXM5 80GB", .count: "8", .hours: "100", .region: "aws:us-east-1"]))
        let ranking = Ranking(job: job, sites: aws, baseline: Estimator.estimate(job))
        let co2e = ranking.alternatives.map(\.estimate.co2eKg)
        #expect(co2e == co2e.sorted())
        #expect(ranking.alternatives.filter(\.isJobLocation).map(\.site.id) == ["aws:us-east-1"])
    }

    @Test func bestAlternativesBeatTheJobsOwnLocation() throws {
        let job = try catalog.job(for: try JobSpec(parsing: [.power: "700", .hours: "100", .region: "aws:us-east-2"]))
        let best = BestAlternatives(to: Estimator.estimate(job), in: catalog)
        let same = try #require(best.sameProvider), overall = try #require(best.overall)
        #expect(same.site.provider == "aws")
        #expect(overall.estimate.co2eKg <= same.estimate.co2eKg)
        #expect(same.savingKg! > 0)
    }

    @Test func providerFiguresAreRankedOnlyAgainstProviderFigures() throws {
        let catalog = try Catalog.builtIn(overlaidWith: [], view: IntensityView(source: .provider))
        for regionID in ["gcp:us-west1", "aws:us-east-1"] {
            let job = try catalog.job(for: try JobSpec(parsing: [.power: "100", .hours: "1", .region: regionID]))
            let own = job.site
            let ranking = Ranking(job: job, sites: catalog.sites(matching: SiteFilter(kinds: [.region])), baseline: Estimator.estimate(job))
            #expect(ranking.alternatives.count > 10)
            #expect(ranking.alternatives.allSatisfy { $0.site.intensityFrom == own.intensityFrom && $0.site.basis == own.basis }, "\(regionID)")
        }
    }
}
