enum Log { static var lines: [String] = []; static func note(_ s: String, _ v: Int) -> Int { lines.append(s); return v } }
class A {
    var a = Log.note("A.a", 1)
    init() { Log.lines.append("A.init") }
    init(x: Int) { Log.lines.append("A.init(x:)"); a = x }
    required init(tag: String) { Log.lines.append("A.init(tag:)") }
}
class B: A {
    var b = Log.note("B.b", 2)
    override init() { Log.lines.append("B.init before"); super.init(); Log.lines.append("B.init after") }
    convenience init(twice: Int) { self.init(x: twice * 2); Log.lines.append("B.convenience") }
    override init(x: Int) { Log.lines.append("B.init(x:)"); super.init(x: Log.note("arg", x)) }
    required init(tag: String) { Log.lines.append("B.init(tag:)"); super.init(tag: tag) }
}
class C: B { var c = Log.note("C.c", 3) }
class D { var d = Log.note("D.d", 4) }
class E: D { var e = Log.note("E.e", 5) }
_ = B(); print(Log.lines); Log.lines = []
_ = B(twice: 3); print(Log.lines); Log.lines = []
_ = C(); print(Log.lines); Log.lines = []
_ = C(x: Log.note("call", 7)); print(Log.lines); Log.lines = []
let k: A.Type = C.self
_ = k.init(tag: "t"); print(Log.lines); Log.lines = []
_ = E(); print(Log.lines); Log.lines = []
struct S { var p = Log.note("S.p", 1); var q: Int; init(q: Int) { Log.lines.append("S.init"); self.q = q } }
_ = S(q: Log.note("S.arg", 2)); print(Log.lines)
// expect: ["B.b", "B.init before", "A.a", "A.init", "B.init after"]
// expect: ["B.b", "B.init(x:)", "arg", "A.a", "A.init(x:)", "B.convenience"]
// expect: ["C.c", "B.b", "B.init before", "A.a", "A.init", "B.init after"]
// expect: ["call", "C.c", "B.b", "B.init(x:)", "arg", "A.a", "A.init(x:)"]
// expect: ["C.c", "B.b", "B.init(tag:)", "A.a", "A.init(tag:)"]
// expect: ["E.e", "D.d"]
// expect: ["S.arg", "S.p", "S.init"]
