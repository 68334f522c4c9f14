extension ZoneRanking {
    /// The ranking's members of `footprint when --format json`: `zones` (each zone's best
    /// window, best first, with its `rank`) and `unavailable_zones` (`[{zone, reason}]`).
    package var jsonMembers: [String: JSONValue] {
        [
            "zones": .array(results.enumerated().map { offset, result in
                .object([
                    "rank": .integer(offset + 1), "zone": .string(result.zone),
                    "best_start": .string(Timestamp.iso8601(result.start)), "best_end": .string(Timestamp.iso8601(result.end)),
                    "average_intensity_g_per_kwh": .number(result.averageIntensity), "co2e_kg": .number(result.co2eKg),
                    "now_average_intensity_g_per_kwh": .optional(result.startNow?.averageIntensity),
                    "now_co2e_kg": .optional(result.startNow?.co2eKg), "saving_kg": .optional(result.savingKg),
                    "saving_percent": .optional(result.savingPercent), "candidate_windows": .integer(result.candidateWindows),
                ])
            }),
            "unavailable_zones": .array(unavailable.map { failure in
                .object(["zone": .string(failure.zone), "reason": .string(failure.error.description)])
            }),
        ]
    }
}
