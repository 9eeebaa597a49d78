let s = "a b"
let parts: [String] = s.split(separator: " ")
print(parts)
// expect error: 2:25 no 'split' candidates produce the expected contextual result type '[String]'
