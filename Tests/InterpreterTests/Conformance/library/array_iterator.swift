var it = [10, 20, 30].makeIterator()
print(it)
_ = it.next()
print(it, type(of: it))
var copy = it
while let v = it.next() { print(v) }
print(copy.next() as Any, it.next() as Any, it)
var empty = [String]().makeIterator()
print(empty.next() as Any, [[1], [2]].makeIterator())
struct Reader {
    var lines = ["a", "b"].makeIterator()
    mutating func read() -> String { lines.next() ?? "end" }
}
var r = Reader()
print(r.read(), r.read(), r.read())
// expect: IndexingIterator<Array<Int>>(_elements: [10, 20, 30], _position: 0)
// expect: IndexingIterator<Array<Int>>(_elements: [10, 20, 30], _position: 1) IndexingIterator<Array<Int>>
// expect: 20
// expect: 30
// expect: Optional(20) nil IndexingIterator<Array<Int>>(_elements: [10, 20, 30], _position: 3)
// expect: nil IndexingIterator<Array<Array<Int>>>(_elements: [[1], [2]], _position: 0)
// expect: a b end
