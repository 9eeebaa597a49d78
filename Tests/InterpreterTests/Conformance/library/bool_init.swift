let flags = ["true", "false", "yes", "True", ""].map { Bool($0) }
print(flags)
let on = true
print(Bool(on), String(on), Bool("false") ?? true)
if let b = Bool("true"), b { print("parsed") }
// expect: [Optional(true), Optional(false), nil, nil, nil]
// expect: true true false
// expect: parsed
