struct Counter {
    static var created = 0
    static let limit = 3
    var id: Int
    init() {
        Counter.created += 1
        id = Counter.created
    }
    static func reset() { created = 0 }
}
let a = Counter(), b = Counter()
print(a.id, b.id, Counter.created, Counter.limit)
Counter.reset()
print(Counter.created)
