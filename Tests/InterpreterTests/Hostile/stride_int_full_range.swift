// Int.max − Int.min overflowed while counting the stride's elements.
let s = stride(from: Int.min, to: Int.max, by: 1)
// expect error: 2:9 array size limit
