struct Inner { var s = "in"; var n: [Int] = [1] }
struct Outer { var i = Inner(); var o: Int? = nil; var t = (1, 2) }
print(Outer())
print([Outer()])
let x: Outer? = Outer()
print(x as Any)
debugPrint(Outer())
debugPrint("str", 1, [Optional("a")])
