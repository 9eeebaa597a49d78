let dict = ["a": 1]
let v = dict["a"]!
print(v + 1)
let s = Int("77")!
print(s)
