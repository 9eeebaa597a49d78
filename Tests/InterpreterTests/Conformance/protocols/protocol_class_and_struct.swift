protocol Counter {
    var count: Int { get }
    func bumped() -> Int
}
struct Fixed: Counter {
    let count = 5
    func bumped() -> Int { count + 1 }
}
class Live: Counter {
    var count = 0
    func bumped() -> Int {
        count += 1
        return count
    }
}
let live = Live()
let counters: [any Counter] = [Fixed(), live, live]
print(counters.map { $0.bumped() }, live.count)
// expect: [6, 1, 2] 2
