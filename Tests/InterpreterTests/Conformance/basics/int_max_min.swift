print(Int.max)
print(Int.min)
// expect: 9223372036854775807
// expect: -9223372036854775808
