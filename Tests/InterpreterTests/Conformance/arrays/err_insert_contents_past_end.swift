var xs = [1, 2]
xs.insert(contentsOf: [3], at: 2)
xs.insert(contentsOf: [4], at: 4)
// expect error: 3:1 Array replace: subrange extends past the end
