let xs = [3, 1, 2]
xs.removeLast(1)
// expect error: 2:4 cannot use mutating member on immutable value: 'xs' is a 'let' constant
