print(String(repeating: "ab", count: 3))
// expect: ababab
