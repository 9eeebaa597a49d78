for let i in 0..<3 { print(i) }
// expect error: 1:5 'let' pattern cannot appear nested in an already immutable context
