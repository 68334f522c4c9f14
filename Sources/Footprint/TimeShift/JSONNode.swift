/// A parsed JSON value with the line and column where it starts (internal; the importers
/// use it so that their messages can point into the file).
struct JSONNode: Sendable {
    /// The value itself.
    indirect enum Value: Sendable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([JSONNode])
        case object([JSONMember])
    }

    var value: Value
    /// 1-based line of the value's first byte.
    var line: Int
    /// 1-based column (byte) of the value's first byte.
    var column: Int

    /// The member named `key` of an object, compared without regard to case; `nil` for other
    /// values or a missing key.
    func member(_ keys: String...) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        let wanted = Set(keys.map { $0.lowercased() })
        return members.first { wanted.contains($0.key.lowercased()) }?.node
    }

    /// The elements of an array, else `nil`.
    var elements: [JSONNode]? {
        if case .array(let items) = value { return items }
        return nil
    }

    /// The text of a string, else `nil`.
    var string: String? {
        if case .string(let text) = value { return text }
        return nil
    }

    /// Whether the value is `null`.
    var isNull: Bool {
        if case .null = value { return true }
        return false
    }

    /// A short name of the value's type, for messages.
    var typeName: String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// One `"key": value` pair of a JSON object, in file order.
struct JSONMember: Sendable {
    var key: String
    var node: JSONNode
}
