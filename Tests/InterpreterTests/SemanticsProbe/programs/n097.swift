enum Result2 { case ok(Int), err(String) }
let rs: [Result2] = [.ok(1), .err("bad"), .ok(5)]
let oks = rs.compactMap { if case .ok(let v) = $0 { return v } else { return nil } }
print(oks, rs[1])
let r: Result<Int, Error> = .success(3)
switch r { case .success(let v): print("s", v); case .failure: print("f") }
print(try! r.get(), r.map { $0 * 2 })
