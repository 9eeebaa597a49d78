var s = "xy"
s = s.dropFirst()
print(s)
// expect error: 2:7 no 'dropFirst' candidates produce the expected contextual result type 'String'
