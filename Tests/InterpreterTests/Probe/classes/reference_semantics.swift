class Box {
    var value: Int
    init(value: Int) { self.value = value }
}
let a = Box(value: 1)
let b = a
b.value = 42
print(a.value)
print(a === b)
print(a === Box(value: 42))
