let d = ["b": 2, "a": 1]
print(d.keys.sorted(), d.values.sorted())
// expect: ["a", "b"] [1, 2]
