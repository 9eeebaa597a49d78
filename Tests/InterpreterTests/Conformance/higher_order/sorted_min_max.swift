let xs = [3.5, -1.0, 2.0]
print(xs.sorted(), xs.min()!, xs.max()!)
let words = ["pear", "fig", "apple"]
print(words.sorted(), words.sorted { $0.count < $1.count })
// expect: [-1.0, 2.0, 3.5] -1.0 3.5
// expect: ["apple", "fig", "pear"] ["fig", "pear", "apple"]
