let a = 1
a = 2
// expect error: 2:1 cannot assign to value: 'a' is a 'let' constant
