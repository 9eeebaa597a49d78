var best: (name: String, score: Int)? = nil
for (n, s) in [("a", 3), ("b", 7), ("c", 5)] { if best == nil || s > best!.score { best = (n, s) } }
print(best!, best as Any)
var acc: (sum: Int, count: Int) = (0, 0)
for x in [1, 2, 3] { acc = (acc.sum + x, acc.count + 1) }
print(acc)
