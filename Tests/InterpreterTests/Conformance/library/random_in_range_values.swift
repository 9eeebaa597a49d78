struct LCG: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state }
}
var g = LCG(state: 11)
let xs = [4, 5, 6]
let r = 1...6
let unit = 0.0..<1.0
let closedUnit = -1.0...1.0
print(Int.random(in: xs.indices, using: &g), Int.random(in: r, using: &g), Double.random(in: unit, using: &g))
print(Double.random(in: closedUnit, using: &g), Int.random(in: 0...(xs.count - 1), using: &g), xs[Int.random(in: xs.indices, using: &g)])
let k = Int.random(in: r)
print((1...6).contains(k), xs.indices.contains(Int.random(in: xs.indices)), unit.contains(Double.random(in: unit)))
// expect: 2 4 0.21877984338253853
// expect: -0.6013294827242905 2 6
// expect: true true true
