extension Equivalent {
    /// The label for use mid-sentence ("78 × months of CO2 uptake by one tree"): its first
    /// letter in lower case, unless the first word is an acronym ("US", "EU").
    public var phrase: String {
        guard let first = label.first, label.dropFirst().first?.isLowercase == true else { return label }
        return first.lowercased() + label.dropFirst()
    }
}
