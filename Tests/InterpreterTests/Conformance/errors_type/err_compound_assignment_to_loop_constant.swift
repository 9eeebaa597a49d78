var ys = [1, 2]
for x in ys { x += 1 }
// expect error: 2:17 left side of mutating operator isn't mutable: 'x' is a 'let' constant
