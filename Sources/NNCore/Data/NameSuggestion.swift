/// The candidate closest to a mistyped `name`, for "did you mean …?" hints.
///
/// Distance is the Levenshtein edit distance (insertions, deletions and substitutions of one
/// character, each costing 1) between the lowercased strings. The nearest candidate is returned
/// when its distance is at most max(2, ⌊|name|/3⌋); ties go to the earlier candidate. Returns nil
/// when nothing is that close or `candidates` is empty.
public func nearestName(to name: String, in candidates: [String]) -> String? {
    let limit = max(2, name.count / 3)
    var best: (name: String, distance: Int)?
    for candidate in candidates {
        let distance = editDistance(name.lowercased(), candidate.lowercased())
        if distance <= limit, distance < (best?.distance ?? Int.max) {
            best = (candidate, distance)
        }
    }
    return best?.name
}

/// The Levenshtein distance between `a` and `b`: the fewest single-character insertions,
/// deletions and substitutions that turn one into the other (one row of the DP table at a time).
public func editDistance(_ a: String, _ b: String) -> Int {
    let source = Array(a)
    let target = Array(b)
    guard !source.isEmpty else { return target.count }
    guard !target.isEmpty else { return source.count }
    var previous = Array(0...target.count)
    var current = Array(repeating: 0, count: target.count + 1)
    for i in 1...source.count {
        current[0] = i
        for j in 1...target.count {
            let substitution = previous[j - 1] + (source[i - 1] == target[j - 1] ? 0 : 1)
            current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
        }
        swap(&previous, &current)
    }
    return previous[target.count]
}

/// " Did you mean 'x'?" when a near candidate exists, else "" — for the middle of error messages.
func suggestionClause(for name: String, in candidates: [String]) -> String {
    nearestName(to: name, in: candidates).map { " Did you mean '\($0)'?" } ?? ""
}
