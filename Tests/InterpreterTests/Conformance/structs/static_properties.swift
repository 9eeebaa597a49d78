struct Counter {
    static var created = 0
    static let limit = 3
    var id: Int
    init() {
        Counter.created += 1
        id = Counter.created
    }
}
let a = Counter()
let b = Counter()
print(a.id, b.id, Counter.created, Counter.limit)
// expect: 1 2 2 3
