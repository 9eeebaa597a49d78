class Node { var val = 0; var kids: [Node] = [] }
var log: [String] = []
let root = Node(); root.kids = [Node(), Node()]
func pick(_ i: Int) -> Node { log.append("pick\(i)"); return root.kids[i] }
func val(_ n: Int) -> Int { log.append("val\(n)"); return n }
pick(1).val = val(5)
pick(0).val += val(3)
print(log, root.kids.map { $0.val })
