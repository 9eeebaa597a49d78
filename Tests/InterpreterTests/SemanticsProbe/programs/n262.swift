indirect enum List { case empty, cons(Int, List)
  var sum: Int { if case let .cons(h, t) = self { return h + t.sum }; return 0 }
  func toArray() -> [Int] { switch self { case .empty: return []; case let .cons(h, t): return [h] + t.toArray() } }
}
let l = List.cons(1, .cons(2, .cons(3, .empty)))
print(l.sum, l.toArray(), l)
