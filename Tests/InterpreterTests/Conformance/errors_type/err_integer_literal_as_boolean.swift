func configure(nesterov: Bool) -> String { nesterov ? "NAG" : "HB" }
print(configure(nesterov: 1))
// expect error: 2:27 integer literal value '1' cannot be used as a boolean; did you mean 'true'?
