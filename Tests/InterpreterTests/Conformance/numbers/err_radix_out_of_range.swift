let radix = 37
print(Int("10", radix: radix) as Any)
// expect error: 2:7 Radix not in range 2...36
