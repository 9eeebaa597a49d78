let s = "xy"
let t: String = s.dropFirst()
print(t)
// expect error: 2:19 no 'dropFirst' candidates produce the expected contextual result type 'String'
