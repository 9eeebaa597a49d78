class Box {
    var items: [Int] = []
}
let box = Box()
for i in 1...4 { box.items.append(i * i) }
box.items[0] = 100
print(box.items, box.items.count)
// expect: [100, 4, 9, 16] 4
