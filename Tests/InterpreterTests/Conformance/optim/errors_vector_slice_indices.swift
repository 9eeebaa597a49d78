// interpreter-only
import Optim
let v: Vector = [3, 1, 2]
let tail = v.dropFirst()
print(tail.firstIndex(of: 1) as Any)
// expect error: 5:12 not supported in experiment blocks: 'firstIndex' of a 'Slice<Vector>'
