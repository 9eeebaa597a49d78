func describe(_ v: Int?) -> String {
    switch v {
    case .none: return "none"
    case .some(let x) where x < 0: return "negative \(x)"
    case .some(let x): return "value \(x)"
    }
}
print(describe(nil), describe(-3), describe(7))
