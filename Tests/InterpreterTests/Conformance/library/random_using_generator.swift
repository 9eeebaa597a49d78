struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
struct Weak: RandomNumberGenerator {
    var state: UInt64 = 7
    mutating func next() -> UInt64 {
        state = state &* 2862933555777941757 &+ 3037000493
        return state >> 3
    }
}
for seed in [UInt64(0), 1, 42, 0xFFFF_FFFF_FFFF_FFFF] {
    var rng = SplitMix(state: seed)
    let a = Double.random(in: 0..<1, using: &rng)
    let b = Double.random(in: -3.5...2.25, using: &rng)
    let c = Int.random(in: 0..<7, using: &rng)
    let d = Int.random(in: -1_000_000_007...1_000_000_007, using: &rng)
    let e = Int.random(in: Int.min...Int.max, using: &rng)
    let g = Bool.random(using: &rng)
    var xs = Array(1...10)
    xs.shuffle(using: &rng)
    let ys = ["a", "b", "c", "d", "e"].shuffled(using: &rng)
    let z = [1.5, 2.5, 3.5].randomElement(using: &rng)
    let none = [Int]().randomElement(using: &rng)
    print(a, b, c, d, e, g, xs, ys, z as Any, none as Any, rng.state)
}
var w = Weak()
var counts = [0, 0, 0]
for _ in 0..<30 { counts[Int.random(in: 0...2, using: &w)] += 1 }
print(counts, Double.random(in: 1...1, using: &w), w.state)
// expect: 0.020535221540219584 -1.018714016971067 0 941763963 1961750202426094747 false [2, 8, 4, 10, 7, 9, 6, 5, 3, 1] ["c", "a", "e", "d", "b"] Optional(3.5) nil 6653367501949350308
// expect: 0.3181059528314095 0.7882451042605325 6 -111281567 8195237237126968761 true [9, 6, 5, 1, 7, 4, 8, 2, 3, 10] ["a", "d", "e", "c", "b"] Optional(3.5) nil 6653367501949350309
// expect: 0.7248717246943267 -2.5805152409577095 1 -311618569 701532786141963250 true [3, 9, 5, 8, 6, 4, 2, 7, 10, 1] ["b", "a", "d", "c", "e"] Optional(3.5) nil 6653367501949350350
// expect: 0.795100739961871 1.7474339206681062 1 -147531102 -5431262886246717010 true [10, 4, 9, 2, 5, 1, 7, 6, 3, 8] ["d", "c", "b", "a", "e"] Optional(2.5) nil 6653367501949350307
// expect: [30, 0, 0] 1.0 4716065253632244290
