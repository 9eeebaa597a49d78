class Node { var v: Int; var next: Node?; init(_ v: Int, _ n: Node? = nil) { self.v = v; next = n } }
let n1 = Node(1); let n2 = Node(2, n1); n1.next = n2
dump(n2)
class Base { var shared: Node; init(_ s: Node) { shared = s } }
class Sub: Base { var other: Node; init(b a: Node) { other = a; super.init(a) } }
dump(Sub(b: Node(7)))
dump([n1, n1])
enum F { case d(x: Int), e(Int, Int), g(String?) }
dump(F.d(x: 2))
dump(F.e(1, 2))
dump(F.g(nil))
dump(F.g("q"))
struct CS: CustomStringConvertible { var a = 1; var description: String { "cs!" } }
dump(CS())
class CC: CustomStringConvertible { var a = 1; var description: String { "cc!" } }
dump(CC())
enum CE: CustomStringConvertible { case z; var description: String { "ce!" } }
dump(CE.z)
dump({ (x: Int) in x })
let any: [Any] = [1, "two", 3.0, [4], Optional(5) as Any]
dump(any)
dump(-Double.nan)
dump(Float.nan)
dump(1e300 * 10)
dump(Int.min)
dump(UInt64.max)
dump(Int8(-3))
struct G<T> { var t: T }
dump(G(t: "x"))
struct Outer { struct Inner { var q = 1 }; var i = Inner() }
dump(Outer())
dump((1, (2, 3)))
dump(Optional(Optional(1)))
let nn: Int?? = .some(nil)
dump(nn)
class Base2 {}
class Sub2: Base2 {}
dump(Sub2())
dump([String: Int]())
indirect enum T { case leaf, node(T, Int) }
dump(T.node(.leaf, 1))
struct L { lazy var x: Int = 1; var y = 2 }
var l = L()
dump(l)
_ = l.x
dump(l)
// expect: ▿ main.Node #0
// expect:   - v: 2
// expect:   ▿ next: Optional(main.Node)
// expect:     ▿ some: main.Node #1
// expect:       - v: 1
// expect:       ▿ next: Optional(main.Node)
// expect:         ▿ some: main.Node #0
// expect: ▿ main.Sub #0
// expect:   ▿ super: main.Base
// expect:     ▿ shared: main.Node #1
// expect:       - v: 7
// expect:       - next: nil
// expect:   ▿ other: main.Node #1
// expect: ▿ 2 elements
// expect:   ▿ main.Node #0
// expect:     - v: 1
// expect:     ▿ next: Optional(main.Node)
// expect:       ▿ some: main.Node #1
// expect:         - v: 2
// expect:         ▿ next: Optional(main.Node)
// expect:           ▿ some: main.Node #0
// expect:   ▿ main.Node #0
// expect: ▿ main.F.d
// expect:   ▿ d: (1 element)
// expect:     - x: 2
// expect: ▿ main.F.e
// expect:   ▿ e: (2 elements)
// expect:     - .0: 1
// expect:     - .1: 2
// expect: ▿ main.F.g
// expect:   - g: nil
// expect: ▿ main.F.g
// expect:   ▿ g: Optional("q")
// expect:     - some: "q"
// expect: ▿ cs!
// expect:   - a: 1
// expect: ▿ cc! #0
// expect:   - a: 1
// expect: - ce!
// expect: - (Function)
// expect: ▿ 5 elements
// expect:   - 1
// expect:   - "two"
// expect:   - 3.0
// expect:   ▿ 1 element
// expect:     - 4
// expect:   ▿ Optional(5)
// expect:     - some: 5
// expect: - -nan
// expect: - nan
// expect: - 1e+301
// expect: - -9223372036854775808
// expect: - 18446744073709551615
// expect: - -3
// expect: ▿ main.G<Swift.String>
// expect:   - t: "x"
// expect: ▿ main.Outer
// expect:   ▿ i: main.Outer.Inner
// expect:     - q: 1
// expect: ▿ (2 elements)
// expect:   - .0: 1
// expect:   ▿ .1: (2 elements)
// expect:     - .0: 2
// expect:     - .1: 3
// expect: ▿ Optional(Optional(1))
// expect:   ▿ some: Optional(1)
// expect:     - some: 1
// expect: ▿ Optional(nil)
// expect:   - some: nil
// expect: - main.Sub2 #0
// expect:   - super: main.Base2
// expect: - 0 key/value pairs
// expect: ▿ main.T.node
// expect:   ▿ node: (2 elements)
// expect:     - .0: main.T.leaf
// expect:     - .1: 1
// expect: ▿ main.L
// expect:   - $__lazy_storage_$_x: nil
// expect:   - y: 2
// expect: ▿ main.L
// expect:   ▿ $__lazy_storage_$_x: Optional(1)
// expect:     - some: 1
// expect:   - y: 2
