let words = ["pear", "Apple", "banana", "apple"]
print(words.sorted())
print(words.sorted { $0.lowercased() < $1.lowercased() })
print("abc" < "abd", "Z" < "a")
print("hello" == "hel" + "lo")
