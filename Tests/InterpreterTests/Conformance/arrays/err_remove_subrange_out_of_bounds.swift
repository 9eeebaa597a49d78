var xs = [1, 2, 3]
xs.removeSubrange(1..<4)
// expect error: 2:1 range out of bounds for array of count 3
