let word = "swift"
let c: Character = "a"
print(type(of: word.first!), type(of: c))
// expect error: 3:16 type(of:) of a value of type
