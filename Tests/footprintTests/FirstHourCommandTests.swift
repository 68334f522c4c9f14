import Testing
@testable import footprint

/// The surprises of a new user's first hour (issue 11, section 2), end to end.
struct FirstHourCommandTests {
    @Test func optionFollowedByAnotherOptionNeedsAValue() {
        let run = runCLI(["estimate", "--region", "--format", "csv"])
        #expect(run.code == 64)
        #expect(run.err.contains("--region needs a value (PROVIDER:REGION)"))
        #expect(!run.err.contains("unexpected argument"))
        // A value that looks like an option but is none is still a value (then checked as one).
        let negative = runCLI(["estimate", "--power", "-5", "--hours", "1"])
        #expect(negative.err.contains("power"))
        #expect(!negative.err.contains("needs a value"))
    }

    @Test func helpCommandPrintsThatCommandsHelp() {
        let run = runCLI(["help", "estimate"])
        #expect(run.code == 0)
        #expect(run.out == EstimateCommand.help)
        #expect(runCLI(["help"]).out == CLI.overview)
        let typo = runCLI(["help", "estimat"])
        #expect(typo.code == 64)
        #expect(typo.err.contains("unknown command 'estimat'; did you mean 'estimate'?"))
    }

    @Test func whenHelpListsOnlyWhatWhenAccepts() {
        let help = runCLI(["when", "--help"]).out
        #expect(!help.contains("  --intensity "))
        #expect(help.contains("  --pue PUE"))
        for option in WhenCommand.options {
            // Every listed option parses (no "unknown option").
            let arguments = ["when", "--" + option.name] + (option.valueName == nil ? [] : ["x"])
            #expect(!runCLI(arguments).err.contains("unknown option"), "--\(option.name)")
        }
    }

    @Test func noCleanerAlternativesHeadingWithoutAlternatives() {
        // The cleanest region on the direct basis has nothing cleaner.
        let run = runCLI(["estimate", "--power", "100", "--hours", "1", "--region", "gcp:europe-north2", "--basis", "direct"])
        #expect(run.code == 0)
        #expect(!run.out.contains("Cleaner alternatives"))
        let dirty = runCLI(["estimate", "--power", "100", "--hours", "1", "--region", "aws:us-east-1"])
        #expect(dirty.out.contains("Cleaner alternatives"))
    }

    @Test func equivalentsReadAsASentence() {
        let run = runCLI(["estimate", "--hardware", "H100 SXM5 80GB", "--count", "8", "--hours", "10", "--region", "aws:us-east-1"])
        #expect(run.out.contains("× months of CO2 uptake by one tree"))
        #expect(!run.out.contains("× Months"))
    }

    @Test func regionsWithoutAJobLocationSayWhyThereIsNoSaving() {
        let run = runCLI(["regions", "--power", "300", "--hours", "10", "--limit", "2"])
        #expect(run.code == 0)
        #expect(!run.out.prefix { $0 != "\n" }.contains("SAVING"))
        #expect(run.out.contains("no job location; give --region or --location to see savings"))
        let placed = runCLI(["regions", "--power", "300", "--hours", "10", "--limit", "2", "--region", "aws:us-east-1"])
        #expect(placed.out.prefix { $0 != "\n" }.hasSuffix("SAVING"))
        #expect(!placed.out.contains("no job location"))
    }

    @Test func regionsProviderIsAFilterListNotTheJobsProvider() {
        let run = runCLI(["regions", "--power", "300", "--hours", "10", "--region", "aws:us-east-1", "--provider", "aws,gcp", "--limit", "0", "--format", "csv"])
        #expect(run.code == 0, "\(run.err)")
        let providers = Set(run.out.split(separator: "\n").dropFirst().compactMap { $0.split(separator: ",").dropFirst(2).first.map(String.init) })
        #expect(providers == ["aws", "gcp"], "\(providers)")
    }

    @Test func tokensGiveAFigurePerToken() {
        // 10 kWh + 1e6 tokens × 0.5 J (0.138889 kWh) = 10.138889 kWh × 100 g = 1013.8889 g over 1e6 tokens.
        let json = runCLI([
            "estimate", "--energy", "10", "--tokens", "1000000", "--joules-per-token", "0.5", "--pue", "1", "--intensity", "100",
            "--format", "json",
        ])
        #expect(json.code == 0)
        #expect(json.out.contains("\"co2e_g_per_token\": 0.00101388888889,"))
        #expect(json.out.contains("\"co2e_g_per_1000_tokens\": 1.01388888889,"))
        let table = runCLI(["estimate", "--energy", "10", "--tokens", "1000000", "--joules-per-token", "0.5", "--pue", "1", "--intensity", "100"])
        #expect(table.out.contains("per token  1.01 g CO2e per 1,000 tokens"))
    }

    @Test func unknownRegionFiltersAreUsageErrorsWithSuggestions() {
        let provider = runCLI(["regions", "--power", "100", "--hours", "1", "--provider", "amazon"])
        #expect(provider.code == 64)
        #expect(provider.err.contains("--provider: unknown provider 'amazon'"))
        #expect(provider.err.contains("aws"))
        let continent = runCLI(["regions", "--power", "100", "--hours", "1", "--continent", "europa"])
        #expect(continent.code == 64)
        #expect(continent.err.contains("did you mean 'Europe'?"))
        let zone = runCLI(["locations", "--country", "Virginia"])
        #expect(zone.code == 64)
        #expect(zone.err.contains("not a country; use 'US' for its country"))
    }

    @Test func countryNamesBecomeCodes() {
        let byName = runCLI(["regions", "--power", "100", "--hours", "1", "--country", "Germany", "--limit", "0", "--format", "csv"])
        let byCode = runCLI(["regions", "--power", "100", "--hours", "1", "--country", "de", "--limit", "0", "--format", "csv"])
        #expect(byName.code == 0)
        #expect(byName.out == byCode.out)
        #expect(byName.out.contains("aws:eu-central-1"))
        #expect(byName.out.split(separator: "\n").count == 12)  // header + 11 regions in Germany
    }
}
