let xs = [10, 20, 30, 40]
let rest: [Int] = xs.dropFirst()
print(rest[0])
// expect error: 2:22 no 'dropFirst' candidates produce the expected contextual result type '[Int]'
