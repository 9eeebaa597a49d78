var xs = [5.5, 2.25, 9.0, -1.0, 3.5]
print(xs.sorted())
print(xs.sorted(by: >))
xs.sort()
print(xs)
let words = ["kiwi", "fig", "banana", "apple"]
print(words.sorted { $0.count < $1.count })
