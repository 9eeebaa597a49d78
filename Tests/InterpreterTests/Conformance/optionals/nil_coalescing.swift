let d = ["a": 1]
let x = d["a"] ?? 0
let y = d["z"] ?? 0
print(x, y)
// expect: 1 0
