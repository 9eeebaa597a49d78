// The byte count of String(repeating:count:) overflowed before the size cap was asked.
let s = String(repeating: "ab", count: Int.max)
// expect error: 2:9 array size limit
