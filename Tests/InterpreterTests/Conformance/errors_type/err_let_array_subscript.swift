let xs = [1.0]
xs[0] = 2
// expect error: 2:3 cannot assign through subscript: 'xs' is a 'let' constant
