func f(_ x: Int) -> Double { Double(x) }
print(type(of: f))
let g = { (s: String) in s.count }
print(type(of: g))
print(type(of: 1...3), type(of: 1..<3))
// expect: (Int) -> Double
// expect: (String) -> Int
// expect: ClosedRange<Int> Range<Int>
