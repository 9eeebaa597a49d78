debugPrint("text", 1, 2.5, true)
debugPrint("quote \" and \\ and\nnewline")
debugPrint([1, 2], ["a": 1], [Optional(1), Optional(2)])
debugPrint(Optional("x") as Any, 0..<3, 1...2)
let c: Character = "c"
debugPrint(c, "a", "b", separator: " | ")
debugPrint("no newline", terminator: "")
debugPrint("!")
struct Point { var x: Int; var y: Int }
enum Suit { case hearts, spades }
final class Node {}
debugPrint(Point(x: 1, y: 2), Suit.hearts, Node(), [Suit.spades])
struct Named: CustomStringConvertible { var description: String { "named" } }
debugPrint(Named(), [Named()])
debugPrint((1, "two"), (a: 1.5, b: "b"))
debugPrint()
let words = [1, 2]
debugPrint(words.reversed())
// expect: "text" 1 2.5 true
// expect: "quote \" and \\ and\nnewline"
// expect: [1, 2] ["a": 1] [Optional(1), Optional(2)]
// expect: Optional("x") Range(0..<3) ClosedRange(1...2)
// expect: "c" | "a" | "b"
// expect: "no newline""!"
// expect: main.Point(x: 1, y: 2) main.Suit.hearts main.Node [main.Suit.spades]
// expect: named [named]
// expect: (1, "two") (a: 1.5, b: "b")
// expect:
// expect: Swift.ReversedCollection<Swift.Array<Swift.Int>>(_base: [1, 2])
