let found: Int? = 5
let t: (Int?, Int) = found.map { ($0, 1) } ?? (nil, 0)
let none: Int? = nil
let u: (Int?, Int) = none.map { ($0, 1) } ?? (nil, 0)
print(t, u)
let d: Double = Int?(3).map(Double.init) ?? 0
let xs: [Int?] = [1, 2].first.map { [$0] } ?? []
print(d, xs)
// expect: (Optional(5), 1) (nil, 0)
// expect: 3.0 [Optional(1)]
