var xs = [1, 2, 3, 4, 5]
xs.insert(contentsOf: [10, 11], at: 1)
print(xs)
xs.insert(contentsOf: 20...21, at: xs.count)
print(xs)
xs.insert(contentsOf: [], at: 0)
xs.replaceSubrange(0..<2, with: [7])
print(xs)
xs.replaceSubrange(1...2, with: [8, 8, 8])
print(xs)
xs.replaceSubrange(5..., with: [0])
print(xs)
xs.replaceSubrange(..<1, with: 1...2)
print(xs)
xs.removeSubrange(1..<3)
print(xs)
xs.removeSubrange(...1)
print(xs)
xs.removeSubrange(2...)
print(xs)
xs.removeSubrange(0..<0)
print(xs)
var ys = Array(1...8)
ys.removeLast(2)
print(ys)
ys.removeFirst(3)
print(ys)
ys.removeFirst(0)
ys.removeLast(0)
print(ys)
ys.removeLast(ys.count)
print(ys, ys.isEmpty)
var zs = [1, 2, 3, 4]
zs.removeSubrange(1..<zs.count - 1)
print(zs)
struct Box {
    var items = [1, 2, 3, 4] {
        didSet { print("didSet", items) }
    }
}
var box = Box()
box.items.insert(contentsOf: [0], at: 0)
box.items.replaceSubrange(0...1, with: [9])
box.items.removeSubrange(0..<1)
box.items.removeFirst(1)
box.items.removeLast(1)
print(box.items.partition { $0 > 0 })
// expect: [1, 10, 11, 2, 3, 4, 5]
// expect: [1, 10, 11, 2, 3, 4, 5, 20, 21]
// expect: [7, 11, 2, 3, 4, 5, 20, 21]
// expect: [7, 8, 8, 8, 3, 4, 5, 20, 21]
// expect: [7, 8, 8, 8, 3, 0]
// expect: [1, 2, 8, 8, 8, 3, 0]
// expect: [1, 8, 8, 3, 0]
// expect: [8, 3, 0]
// expect: [8, 3]
// expect: [8, 3]
// expect: [1, 2, 3, 4, 5, 6]
// expect: [4, 5, 6]
// expect: [4, 5, 6]
// expect: [] true
// expect: [1, 4]
// expect: didSet [0, 1, 2, 3, 4]
// expect: didSet [9, 2, 3, 4]
// expect: didSet [2, 3, 4]
// expect: didSet [3, 4]
// expect: didSet [3]
// expect: didSet [3]
// expect: 0
