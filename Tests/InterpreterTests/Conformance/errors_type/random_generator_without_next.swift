struct Fixed: RandomNumberGenerator {
    var value: UInt64 = 4
}
var rng = Fixed()
print(Int.random(in: 0..<10, using: &rng))
// expect error: 1:8 type 'Fixed' does not conform to protocol 'RandomNumberGenerator'
