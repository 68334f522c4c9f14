import Testing
@testable import Footprint

/// One carbon-intensity basis for every place (issue 10).
struct BasisTests {
    let lifecycle = try! Catalog.builtIn()
    let direct = try! Catalog.builtIn(overlaidWith: [], view: IntensityView(basis: .direct))

    func site(_ id: String, in catalog: Catalog) throws -> Site {
        try #require(catalog.sites.first { $0.id == id })
    }

    @Test func everySiteIsOnTheChosenBasis() {
        #expect(lifecycle.sites.allSatisfy { $0.basis == .lifecycle })
        #expect(direct.sites.allSatisfy { $0.basis == .direct })
    }

    @Test func regionsOnOneGridZoneShareTheirIntensity() {
        for catalog in [lifecycle, direct] {
            let regions = catalog.sites(matching: SiteFilter(kinds: [.region]))
            for a in regions {
                for b in regions where a.gridZone == b.gridZone {
                    #expect(a.intensity.value == b.intensity.value, "\(a.id) \(a.intensity.value) vs \(b.id) \(b.intensity.value)")
                }
            }
        }
    }

    @Test func quebecOnBothBases() throws {
        // CodeCarbon 2023 mix (92.1 % hydro, 6.7 % wind, ...) × IPCC AR5 medians.
        expectClose(try site("CA-QC", in: lifecycle).intensity.value, 27.89, relative: 1e-3)
        expectClose(try site("CA-QC", in: direct).intensity.value, 3.02, relative: 1e-3)
        #expect((10...60).contains(try site("aws:ca-central-1", in: lifecycle).intensity.value))
        #expect(try site("aws:ca-central-1", in: direct).intensity.value < 10)
    }

    @Test func virginiaLifecycleAddsUpstream() throws {
        let upstream = try site("aws:us-east-1", in: lifecycle).intensity.value
        let combustion = try site("aws:us-east-1", in: direct).intensity.value
        expectClose(combustion, 270.49, relative: 1e-6)  // eGRID2023 SRVC
        expectClose(upstream, 310.76, relative: 1e-4)
        #expect(upstream >= 1.05 * combustion)
    }

    @Test func stockholmIsOneGridWhateverTheProvider() throws {
        let aws = try site("aws:eu-north-1", in: lifecycle), gcp = try site("gcp:europe-north2", in: lifecycle)
        #expect(aws.intensity == gcp.intensity)
        expectClose(aws.intensity.value, 35.33, relative: 1e-6)  // Ember Sweden 2025
    }

    @Test func providerFigureOnRequestWithFallbackSaid() throws {
        let catalog = try Catalog.builtIn(overlaidWith: [], view: IntensityView(source: .provider))
        let oregon = try site("gcp:us-west1", in: catalog)
        expectClose(oregon.intensity.value, 79.23, relative: 1e-6)  // Google region-carbon-info 2024
        #expect(oregon.intensityFrom == .provider && oregon.basis == .direct)
        let virginia = try site("aws:us-east-1", in: catalog)
        #expect(virginia.intensityFrom == .grid)
        #expect(virginia.intensity.provenance.source.contains("no provider-reported figure"))
        #expect(try site("gcp:us-west1", in: lifecycle).providerReported?.factor.value == 79.23)
    }

    @Test func columbusNoLongerCarriesVirginia() throws {
        let columbus = try site("gcp:us-east5", in: lifecycle)
        #expect(columbus.providerReported == nil)
        #expect(columbus.intensity == (try site("aws:us-east-2", in: lifecycle)).intensity)
    }

    @Test func overlayRowWithoutBasisIsLocated() {
        let header = "id,name,aliases,kind,country,continent,basis,intensity_g_per_kwh,year,source\n"
        #expect(throws: DataError(file: "grids.csv", line: 3, column: 7, message: "'basis' is '', expected one of: lifecycle, direct")) {
            let table = try CSVTable(name: "grids.csv", text: header + "FR,France,,country,FR,Europe,lifecycle,20,2026,ours\nFR,France,,country,FR,Europe,,5,2026,ours\n")
            _ = try Catalog.builtIn(overlaidWith: [table])
        }
        #expect {
            let old = try CSVTable(name: "grids.csv", text: "id,name,aliases,kind,country,continent,intensity_g_per_kwh,year,source\nFR,France,,country,FR,Europe,20,2026,ours\n")
            _ = try Catalog.builtIn(overlaidWith: [old])
        } throws: { error in
            (error as? DataError)?.message.contains("missing column 'basis'") == true
        }
    }

    @Test func overlayReplacesOneBasisOnly() throws {
        let table = try CSVTable(name: "grids.csv", text: """
            id,name,aliases,kind,country,continent,basis,intensity_g_per_kwh,year,source
            FR,France,,country,FR,Europe,direct,5,2026,our meter
            """)
        let catalog = try Catalog.builtIn(overlaidWith: [table])
        let zone = try #require(catalog.zone(id: "FR"))
        #expect(zone.intensities[.direct]?.value == 5)
        #expect(zone.intensities[.lifecycle] == lifecycle.zone(id: "FR")?.intensities[.lifecycle])
    }
}
