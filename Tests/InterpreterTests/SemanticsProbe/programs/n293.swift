func who(_ s: String) -> String { print("eval", s); return s }
var d: [String: [Int]] = [who("k"): [who("v").count]]
d[who("k")]?.append(who("xx").count)
print(d)
