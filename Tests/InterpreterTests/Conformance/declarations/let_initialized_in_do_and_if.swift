struct BadInput: Error {}
func parse(_ s: String) throws -> Int {
    guard let n = Int(s) else { throw BadInput() }
    return n
}
for s in ["12", "x"] {
    let value: Int
    do { value = try parse(s) } catch { print("bad input \(s)"); continue }
    let sign: String
    if value < 0 { sign = "negative" } else { sign = "non-negative" }
    print("value", value, sign)
}
// expect: value 12 non-negative
// expect: bad input x
