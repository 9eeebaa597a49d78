let word = "swift"
for c in word {
    print(c, terminator: " ")
}
print()
print(Array(word))
print(word.first!, word.last!)
print(String(word.reversed()))
