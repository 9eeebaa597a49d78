var xs: [Int] = []
xs.removeLast()
// expect error: 2:1 can't remove from an empty array
