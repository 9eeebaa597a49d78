class A {
    var log: [String] = []
    init() { log.append("A") }
}
class B: A {
    override init() {
        super.init()
        log.append("B")
    }
}
class C: B {
    override init() {
        super.init()
        log.append("C")
    }
}
print(C().log)
// expect: ["A", "B", "C"]
