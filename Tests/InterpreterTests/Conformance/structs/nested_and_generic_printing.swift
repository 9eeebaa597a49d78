struct Outer {
    struct Inner { var x: Int }
    enum Mode { case fast, slow(Int) }
}
struct Stack<Element> { var items: [Element] = [] }
class Box<T> { var value: T; init(_ value: T) { self.value = value } }
print(Outer.Inner(x: 1))
print([Outer.Inner(x: 1)])
print(Outer.Mode.fast, [Outer.Mode.slow(2)])
let s = Stack<[Int]>(items: [[1]])
print(type(of: s))
print(s)
print([s])
print([type(of: s)])
print(Box(1.5))
print([Box("a")])
print(type(of: Outer.Inner(x: 2)), [type(of: Outer.Inner(x: 2))])
// expect: Inner(x: 1)
// expect: [main.Outer.Inner(x: 1)]
// expect: fast [main.Outer.Mode.slow(2)]
// expect: Stack<Array<Int>>
// expect: Stack<Array<Int>>(items: [[1]])
// expect: [main.Stack<Swift.Array<Swift.Int>>(items: [[1]])]
// expect: [main.Stack<Swift.Array<Swift.Int>>]
// expect: main.Box<Swift.Double>
// expect: [main.Box<Swift.String>]
// expect: Inner [main.Outer.Inner]
