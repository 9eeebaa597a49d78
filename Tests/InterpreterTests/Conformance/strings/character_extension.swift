// Character and Substring in enums, extensions, fields, generics and default arguments.
enum Piece: Character { case king = "K", queen = "Q" }
print(Piece.king.rawValue, Piece(rawValue: "Q")!, Piece(rawValue: "X") as Any, type(of: Piece.king.rawValue))
extension Character {
    var isVowel: Bool { "aeiouAEIOU".contains(self) }
}
extension Substring { var shout: String { uppercased() + "!" } }
print("education".filter { $0.isVowel }, Character("e").isVowel, "hello".prefix(2).shout)
struct Cell { var mark: Character = "."; var note: Substring = "" }
var cell = Cell()
cell.mark = "X"
cell.note = "hello".prefix(3)
print(cell.mark, cell.note, cell)
func largest<T: Comparable>(_ xs: [T]) -> T { xs.max()! }
func mark(_ c: Character = "*", times: Int) -> String { String(repeating: c, count: times) }
print(largest(Array("swift")), largest(["b", "a"]), mark(times: 3), mark("#", times: 2))
let opt: Character? = "a".first
print(opt as Any, opt == "a", opt?.isLetter as Any, [opt])
let grid: [[Character]] = [["a", "b"], ["c", "d"]]
print(grid.map { String($0) }.joined(separator: "/"), grid[1][0])
// expect: K queen nil Character
// expect: euaio true HE!
// expect: X hel Cell(mark: "X", note: "hel")
// expect: w b *** ##
// expect: Optional("a") true Optional(true) [Optional("a")]
// expect: ab/cd c
