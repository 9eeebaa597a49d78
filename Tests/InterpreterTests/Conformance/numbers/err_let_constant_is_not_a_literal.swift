// A `let` constant is a Double, not a literal that takes the annotation's type.
let k = 2.0
let y: Float = k
print(y)
// expect error: 3:16 cannot convert value of type 'Double' to specified type 'Float'
