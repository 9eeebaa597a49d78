func half(_ x: Double?) -> Double? {
    guard let x else { return nil }
    return x / 2
}
let mixed = [nil, 3, 4]
let names = [String?]()
print(half(5) ?? .nan, half(nil) == nil, mixed, names.count)
// expect: 2.5 true [nil, Optional(3), Optional(4)] 0
