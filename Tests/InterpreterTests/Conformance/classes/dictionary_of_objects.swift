class Tally { var count = 0 }
var tallies: [String: Tally] = ["a": Tally(), "b": Tally()]
for word in ["a", "b", "a", "a"] { tallies[word]!.count += 1 }
print(tallies["a"]!.count, tallies["b"]!.count)
// expect: 3 1
