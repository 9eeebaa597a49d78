class Obs { var handlers: [(Int) -> Void] = []
  func on(_ h: @escaping (Int) -> Void) { handlers.append(h) }
  func fire(_ v: Int) { handlers.forEach { $0(v) } } }
let o = Obs()
var got: [Int] = []
o.on { got.append($0) }
o.on { got.append($0 * 10) }
o.fire(1); o.fire(2)
print(got)
