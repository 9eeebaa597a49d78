final class Queue<T> {
    private var items: [T] = []
    func enqueue(_ x: T) { items.append(x) }
    func dequeue() -> T? { items.isEmpty ? nil : items.removeFirst() }
    var count: Int { items.count }
}
let q = Queue<String>()
q.enqueue("a")
q.enqueue("b")
print(q.dequeue() ?? "-", q.count)
// expect: a 1
