let e = [10, 20].enumerated().map { $0 }
print(e, [10].enumerated().first!)
for p in ["x"].enumerated() { print(p) }
let z = zip([1], ["a"]).map { $0 }
print(z, Array(zip([1], [2])).first!)
