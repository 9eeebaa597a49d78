// Int(NaN) trapped while counting the stride's elements.
let s = stride(from: 0.0, to: .nan, by: 1)
// expect error: 2:9 stride bounds must be finite
