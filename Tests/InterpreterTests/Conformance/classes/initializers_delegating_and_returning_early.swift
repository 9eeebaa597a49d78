enum C { static var n = 0; static func t(_ s: String) -> Int { n += 1; print(s, n); return n } }
struct P {
  var a = C.t("a")
  var d: Int
  init(d: Int) { self.d = d }
  init() { self.init(d: 0) }
}
let p = P()
print(p.a)
class Base26 { var log: [String] = []; init() { log.append("Base26.init"); print("Base26.init") } }
class Sub26: Base26 {
  let k: Int
  init(k: Int) { self.k = k; if k < 0 { print("neg"); return }; print("end") }
}
print(Sub26(k: -1).log)
// expect: a 1
// expect: 1
// expect: neg
// expect: Base26.init
// expect: ["Base26.init"]
