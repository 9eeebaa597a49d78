struct Holder { static let x: Int = { print("init static x"); return 42 }() }
let g: Int = { print("init global g"); return 7 }()
print("start")
print(Holder.x)
print(Holder.x, g)
