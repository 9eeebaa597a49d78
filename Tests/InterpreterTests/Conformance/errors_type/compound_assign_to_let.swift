let limit = 10
limit -= 1
// expect error: 2:7 left side of mutating operator isn't mutable: 'limit' is a 'let' constant
