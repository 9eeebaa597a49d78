func ** (a: Int, b: Int) -> Int { a * b }
// expect error: 1:6 operator implementation without matching operator declaration
