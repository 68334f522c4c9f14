import Footprint

/// The `--budget` option shared by `estimate` and `batch`, and what happens when a run exceeds it.
enum BudgetCheck {
    /// Exit code of a run over budget, distinct from failures so CI pipelines can tell.
    static let exceededCode: Int32 = 3

    /// Reports the excess on stderr and returns the exit code 3.
    static func exceeded(_ budget: Budget, used: Double, console: Console) -> Int32 {
        let over = budget.percentOver(used)
        console.err.write(
            "footprint: budget exceeded: \(NumberFormat.readable(used, digits: 4)) \(budget.quantity.rawValue) "
                + "> \(NumberFormat.readable(budget.limit, digits: 4)) \(budget.quantity.rawValue) (+\(NumberFormat.fixed(over, 1)) %)\n")
        return exceededCode
    }
}

extension OptionSpec {
    /// `--budget 50kg|200kWh`.
    static let budget = OptionSpec(name: "budget", valueName: "AMOUNT", help: "carbon or energy budget such as 50kg, 1.5t or 200kWh: exit 3 when exceeded")
    /// `--include-embodied`.
    static let includeEmbodied = OptionSpec(name: "include-embodied", valueName: nil, help: "add the hardware's embodied emissions to CO2e")
}

extension ParsedArguments {
    /// The `--budget` value, if given.
    func budget() throws(CLIError) -> Budget? {
        guard let text = values["budget"] else { return nil }
        do throws(JobError) { return try Budget(parsing: text) } catch { throw .usage(error.message) }
    }
}
