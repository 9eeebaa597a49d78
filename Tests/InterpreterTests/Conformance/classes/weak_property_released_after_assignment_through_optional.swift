final class Cell { weak var owner: Cell?; var peers: [Cell] = [] }
var first: Cell? = Cell()
let leaf = Cell()
leaf.owner = first
first = nil
print(leaf.owner === nil)
var second: Cell? = Cell()
leaf.owner = second
second!.peers = [leaf]
second = nil
print(leaf.owner === nil)
// expect: true
// expect: true
