let s = "gradient descent"
print(s.contains("desc"))
print(s.hasPrefix("grad"), s.hasSuffix("cent"))
print(s.contains("x"))
print(s.starts(with: "gra"))
