print("apple" < "banana", "a" == "a", "b" > "c")
// expect: true true false
