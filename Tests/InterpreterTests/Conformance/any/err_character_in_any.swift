// A Character is held as a one-character String here; put in an Any, its type cannot be told.
let c: Character = "x"
let a: Any = c
print(type(of: a))
// expect error: 4:16 not supported in experiment blocks: the type of this 'Any'
