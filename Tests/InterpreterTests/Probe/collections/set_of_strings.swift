let text = "to be or not to be that is the question"
let unique = Set(text.split(separator: " ").map(String.init))
print(unique.count)
print(unique.sorted().prefix(3))
