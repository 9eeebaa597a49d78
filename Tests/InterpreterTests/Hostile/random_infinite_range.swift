// Swift's Double.random(in:) traps on a range whose width is not finite.
let x = Double.random(in: 0..<Double.infinity)
// expect error: 2:9 There is no uniform distribution on an infinite range
