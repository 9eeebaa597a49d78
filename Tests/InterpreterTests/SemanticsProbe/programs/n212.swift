class C { static var count: Int = { print("lazy static"); return 0 }() ; init() { C.count += 1 } }
print("begin")
_ = C(); _ = C()
print(C.count)
