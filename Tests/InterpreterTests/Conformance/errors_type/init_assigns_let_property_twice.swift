final class Node {
    let v: Int
    init(v: Int) {
        if v > 0 { self.v = 1 }
        self.v = 2
    }
}
print(Node(v: 1).v)
// expect error: 5:16 immutable value 'self.v' may only be initialized once
