enum Op { case add, sub, mul
  func apply(_ a: Int, _ b: Int) -> Int { switch self { case .add: return a + b; case .sub: return a - b; case .mul: return a * b } }
}
let ops: [Op] = [.add, .sub, .mul]
print(ops.map { $0.apply(7, 3) }, ops)
enum Tree { case leaf; indirect case node(Tree, Int, Tree) }
func ins(_ t: Tree, _ v: Int) -> Tree { switch t { case .leaf: return .node(.leaf, v, .leaf); case let .node(l, x, r): return v < x ? .node(ins(l, v), x, r) : .node(l, x, ins(r, v)) } }
func inorder(_ t: Tree) -> [Int] { if case let .node(l, x, r) = t { return inorder(l) + [x] + inorder(r) }; return [] }
print(inorder([5, 2, 8, 1, 9, 3].reduce(Tree.leaf, ins)))
