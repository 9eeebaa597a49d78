func tail(_ s: String) -> String { s.dropFirst() }
print(tail("ab"))
// expect error: 1:38 no 'dropFirst' candidates produce the expected contextual result type 'String'
