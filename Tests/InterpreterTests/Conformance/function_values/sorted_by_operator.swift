let words = ["pear", "apple", "fig"]
print(words.sorted(by: <))
print(words.sorted(by: >))
print([2.5, -1.0, 0.0].sorted(by: >))
// expect: ["apple", "fig", "pear"]
// expect: ["pear", "fig", "apple"]
// expect: [2.5, 0.0, -1.0]
