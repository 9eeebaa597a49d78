struct Queue<T> { private var inbox: [T] = [], outbox: [T] = []
  mutating func enqueue(_ x: T) { inbox.append(x) }
  mutating func dequeue() -> T? { if outbox.isEmpty { outbox = inbox.reversed(); inbox.removeAll() }; return outbox.popLast() }
}
var q = Queue<Int>()
for i in 1...3 { q.enqueue(i) }
print(q.dequeue()!, q.dequeue()!)
q.enqueue(4)
print(q.dequeue()!, q.dequeue()!, q.dequeue() as Any)
