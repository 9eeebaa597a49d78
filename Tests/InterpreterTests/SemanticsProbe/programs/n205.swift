let x = [1, 2, 3, 4, 5]
print(x.split(separator: 3), x.split(maxSplits: 1, whereSeparator: { $0 % 2 == 0 }))
print("a-b-c".split(separator: "-", maxSplits: 1), "--a--".split(separator: "-", omittingEmptySubsequences: false))
