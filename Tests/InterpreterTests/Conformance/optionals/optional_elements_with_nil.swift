let a: Int? = 1
print([a, nil], [nil, a], [1, nil, 3])
let b: Int?? = 2
print([b, nil])
// expect: [Optional(1), nil] [nil, Optional(1)] [Optional(1), nil, Optional(3)]
// expect: [Optional(Optional(2)), nil]
