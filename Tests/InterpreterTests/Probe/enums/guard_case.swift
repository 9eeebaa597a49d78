enum Reading {
    case ok(Double)
    case error(code: Int)
}
func value(_ r: Reading) -> Double {
    guard case .ok(let v) = r else { return -1 }
    return v
}
print(value(.ok(2.5)), value(.error(code: 4)))
