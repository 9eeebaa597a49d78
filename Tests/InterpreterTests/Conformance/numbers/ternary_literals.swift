struct Xorshift {
    var state: UInt64
    init(seed: UInt64) { state = seed == 0 ? 0x2545F4914F6CDD1D : seed }
}
let x: Float = -2
let clipped = x < 0 ? 0 : x
let kept = x > 0 ? 1.5 : x
let i: Int32 = 4
let j = i > 3 ? 1 : i
let k: UInt8 = 3
let m = k == 3 ? k : 255
print(Xorshift(seed: 0).state, Xorshift(seed: 5).state, clipped, kept, j, m)
print(type(of: clipped), type(of: j), type(of: m))
// expect: 2685821657736338717 5 0.0 -2.0 1 3
// expect: Float Int32 UInt8
