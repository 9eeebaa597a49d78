struct Queue<T> {
    var inbox: [T] = []
    var outbox: [T] = []
    mutating func enqueue(_ x: T) { inbox.append(x) }
    mutating func dequeue() -> T? {
        if outbox.isEmpty {
            outbox = inbox.reversed()
            inbox.removeAll()
        }
        return outbox.popLast()
    }
}
var q = Queue<String>()
q.enqueue("a"); q.enqueue("b")
print(q.dequeue()!)
q.enqueue("c")
print(q.dequeue()!, q.dequeue()!, q.dequeue() == nil)
