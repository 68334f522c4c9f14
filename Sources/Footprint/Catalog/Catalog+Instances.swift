extension Catalog {
    /// The instance type `name` denotes (`p4d.24xlarge`, `aws:p4d.24xlarge`), among
    /// `provider`'s types when a provider is given and the name carries none.
    ///
    /// - Throws: `JobError` for an unknown or ambiguous type, with the closest names.
    package func instance(named name: String, provider: String? = nil) throws(JobError) -> InstanceType {
        let prefix = name.split(whereSeparator: { $0 == ":" || $0 == "/" }).first.map { NameKey(String($0)) }
        let named = name.contains(where: { $0 == ":" || $0 == "/" })
            ? instances.entries.first(where: { NameKey($0.provider) == prefix })?.provider : nil
        let scope = named ?? provider
        do throws(LookupError) {
            return try instances.resolve(name, kind: "instance type", scope: { scope == nil || $0.provider == scope })
        } catch {
            if scope != nil, error.problem == .unknown, let elsewhere = try? instances.resolve(name, kind: "instance type") {
                throw JobError(field: .instance, error.hinting("'\(name)' is \(elsewhere.id), not a type of \(scope!)"))
            }
            guard error.problem == .unknown else { throw JobError(field: .instance, error) }
            throw JobError(field: .instance, error.hinting(
                "types whose accelerator has no published power, such as AWS Trainium and Inferentia or TPU v5e, v5p and v6e, "
                    + "are left out: give hardware and count, or power and count"))
        }
    }

    /// Instance types whose id or accelerator contains `query` (ignoring case, spaces and
    /// punctuation), of the given providers (empty: any), in table order.
    package func instances(matching query: String?, providers: Set<NameKey> = []) -> [InstanceType] {
        let key = query.map { NameKey($0).text } ?? ""
        return instances.entries.filter { item in
            if !providers.isEmpty, !providers.contains(NameKey(item.provider)) { return false }
            guard !key.isEmpty else { return true }
            return [item.id, item.accelerator?.name ?? "", item.accelerator?.id ?? ""].contains { NameKey($0).text.contains(key) }
        }
    }
}
