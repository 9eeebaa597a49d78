class Storage { var data: [Int] = [] }
struct Handle { let storage: Storage }
let h1 = Handle(storage: Storage())
let h2 = h1
h2.storage.data.append(42)
print(h1.storage.data, h1.storage === h2.storage)
// expect: [42] true
