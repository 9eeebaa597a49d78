final class Counter {
    var n = 0
    var log: [() -> Int] = []
    func bump() -> Int { n += 1; return n }
    func explicit() -> () -> Int { { self.n + 1 } }
    func listed() -> () -> Int { { [self] in n + bump() } }
    func unowned() -> () -> Int { { [unowned self] in n * 10 } }
    func weakly() -> () -> Int {
        { [weak self] in
            guard let self else { return -1 }
            return n + 100
        }
    }
    func nonEscaping() -> [Int] {
        [1, 2].forEach { n += $0 }
        apply { n += 1 }
        return [1, 2, 3].map { $0 + n }
    }
    func apply(_ body: () -> Void) { body() }
    func keep(_ f: @escaping () -> Int) { log.append(f) }
    func later() {
        keep { [self] in n * 2 }
        func nested() -> Int { n + 1 }
        keep(nested)
    }
}
let c = Counter()
print(c.explicit()(), c.listed()(), c.unowned()(), c.weakly()())
print(c.nonEscaping())
c.later()
print(c.log.map { $0() })

struct Box {
    var n = 3
    func make() -> () -> Int { { n * n } }
}
enum Sign {
    case plus, minus
    var apply: (Int) -> Int { { self == .plus ? $0 : -$0 } }
    func maker() -> (Int) -> Int { { x in apply(x) * 2 } }
}
print(Box().make()(), Sign.minus.maker()(4))
// expect: 1 1 10 101
// expect: [6, 7, 8]
// expect: [10, 6]
// expect: 9 -8
