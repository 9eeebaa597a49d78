enum Kind { case a, b, c }
func label(_ k: Kind, _ n: Int) -> String {
    let text: String
    switch k {
    case .a: text = "A"
    case .b where n > 2: text = "B+"
    case .b: text = "B"
    case .c: return "C"
    }
    let suffix: String
    if n > 5 { suffix = "!" } else if n > 2 { suffix = "?" } else { suffix = "" }
    var total: Int
    total = 0
    for i in 0..<n { total += i }
    let found: Int
    while true {
        if total > 3 { found = total; break }
        total += 1
    }
    let parsed: Int
    do { parsed = try parse(n) } catch { parsed = -1 }
    guard n >= 0 else { fatalError() }
    let late: Double
    late = Double(found) / 2
    return text + suffix + " \(total) \(found) \(parsed) \(late)"
}
struct E: Error {}
func parse(_ n: Int) throws -> Int { if n == 4 { throw E() }; return n * 10 }
print(label(.a, 1), label(.b, 3), label(.b, 4), label(.c, 9), label(.a, 7))
let g: Int
if label(.a, 0) == "A 0 4 0 2.0" { g = 1 } else { g = 2 }
print(g)
// expect: A 4 4 10 2.0 B+? 4 4 30 2.0 B+? 6 6 -1 3.0 C A! 21 21 70 10.5
// expect: 2
