print(1, 2, 3, separator: ", ")
print("a", terminator: "")
print("b")
print()
print("x", "y", separator: "-", terminator: "!\n")
// expect: 1, 2, 3
// expect: ab
// expect:
// expect: x-y!
