enum ParseError: Error { case bad(String) }
func parse(_ s: String) throws -> Int {
    guard let n = Int(s) else { throw ParseError.bad(s) }
    return n
}
let values = ["1", "x", "3"].map { try? parse($0) }
print(values)
print(values.compactMap { $0 }.reduce(0, +))
