struct LCG: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state
    }
}
struct Model {
    var rng = LCG(state: 9)
    var weights: [Double] = []
    mutating func initialize(_ n: Int) {
        for _ in 0..<n { weights.append(Double.random(in: -1...1, using: &rng)) }
    }
}
var model = Model()
model.initialize(3)
var generators = [LCG(state: 1), LCG(state: 2)]
let picks = (0..<4).map { i in Int.random(in: 0..<100, using: &generators[i % 2]) }
var copy = generators[0]
print(model.weights, picks, Int.random(in: 0..<100, using: &copy), Int.random(in: 0..<100, using: &generators[0]))
// expect: [-0.6335734023438635, 0.5421538071582828, 0.985295929338015] [42, 76, 50, 91] 64 64
