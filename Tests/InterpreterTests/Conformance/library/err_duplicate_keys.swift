let d = Dictionary(uniqueKeysWithValues: [("a", 1), ("a", 2)])
// expect error: 1:9 duplicate values for key: 'a'
