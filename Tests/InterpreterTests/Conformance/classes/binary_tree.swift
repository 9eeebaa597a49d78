class Tree {
    var value: Int
    var left: Tree?
    var right: Tree?
    init(_ value: Int) { self.value = value }
    func insert(_ v: Int) {
        if v < value {
            if let l = left { l.insert(v) } else { left = Tree(v) }
        } else {
            if let r = right { r.insert(v) } else { right = Tree(v) }
        }
    }
    func inorder() -> [Int] {
        var out: [Int] = []
        if let l = left { out += l.inorder() }
        out.append(value)
        if let r = right { out += r.inorder() }
        return out
    }
}
let t = Tree(5)
for v in [3, 8, 1, 4, 9, 7] { t.insert(v) }
print(t.inorder())
// expect: [1, 3, 4, 5, 7, 8, 9]
