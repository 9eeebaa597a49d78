let names = ["a", "b", "c"]
for (i, name) in names.enumerated() {
    print(i, name)
}
for i in names.indices.reversed() {
    print(i, terminator: "")
}
print()
