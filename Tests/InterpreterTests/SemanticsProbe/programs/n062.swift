import Foundation
let chars: [Character] = ["a", "b"]
let subs = "a b".split(separator: " ")
print(chars, subs, Array("xy"), ["s": Character("c")])
debugPrint(chars, subs, "q\"uote\n", Character("c"))
print(["q\"uote", "tab\t"], "q\"uote")
print(String(describing: subs[0]), String(reflecting: subs[0]), String(reflecting: "x"))
